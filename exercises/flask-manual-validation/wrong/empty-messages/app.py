from flask import Flask, request

app = Flask(__name__)

REGISTRATIONS = []


def is_whole_number(value) -> bool:
    # bool is a subclass of int: JSON true must not count as 1.
    return isinstance(value, int) and not isinstance(value, bool)


def validate(data: dict) -> list:
    """Return a list of {"field": ..., "message": ...}; empty when valid."""
    errors = []
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append({"field": "name", "message": "is required"})
    elif len(name) > 50:
        errors.append({"field": "name", "message": "at most 50 characters"})
    email = data.get("email")
    if not isinstance(email, str) or "@" not in email:
        errors.append({"field": "email", "message": ""})
    age = data.get("age")
    if not is_whole_number(age) or not 13 <= age <= 120:
        errors.append(
            {"field": "age", "message": "a whole number from 13 to 120"}
        )
    tickets = data.get("tickets", 1)
    if not is_whole_number(tickets) or not 1 <= tickets <= 4:
        errors.append(
            {"field": "tickets", "message": "a whole number from 1 to 4"}
        )
    return errors


@app.post("/registrations")
def register():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        error = {"field": "body", "message": "must be a JSON object"}
        return {"errors": [error]}, 400
    errors = validate(data)
    if errors:
        return {"errors": errors}, 422
    registration = {
        "id": len(REGISTRATIONS) + 1,
        "name": data["name"],
        "email": data["email"],
        "age": data["age"],
        "tickets": data.get("tickets", 1),
    }
    REGISTRATIONS.append(registration)
    return registration, 201
