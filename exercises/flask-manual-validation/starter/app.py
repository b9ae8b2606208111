from flask import Flask, request

app = Flask(__name__)

REGISTRATIONS = []


def validate(data: dict) -> list:
    """Return a list of {"field": ..., "message": ...}; empty when valid."""
    errors = []
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        errors.append({"field": "name", "message": "is required"})
    # TODO: the other rules for name, and email, age and tickets
    return errors


@app.post("/registrations")
def register():
    data = request.get_json(silent=True)
    # TODO: 400 when the body is not a JSON object
    errors = validate(data)
    if errors:
        return {"errors": errors}, 400  # TODO: is 400 right here?
    registration = {"id": len(REGISTRATIONS) + 1, **data}
    REGISTRATIONS.append(registration)
    return registration, 201
