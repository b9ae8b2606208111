# The rules as a table of (field, check, message), read in one loop.
from flask import Flask, jsonify, request

app = Flask(__name__)
REGISTRATIONS = []


def whole_between(low, high):
    return lambda value: type(value) is int and low <= value <= high


RULES = [
    ("name", lambda v: isinstance(v, str) and 0 < len(v.strip()) and len(v) <= 50, "a non-blank name of at most 50 characters"),
    ("email", lambda v: isinstance(v, str) and "@" in v, "an address with @"),
    ("age", whole_between(13, 120), "a whole number from 13 to 120"),
    ("tickets", whole_between(1, 4), "a whole number from 1 to 4"),
]


@app.route("/registrations", methods=["POST"])
def register():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return jsonify(errors=[{"field": "body", "message": "send a JSON object"}]), 400
    values = {"tickets": 1, **body}
    errors = [{"field": field, "message": message} for field, check, message in RULES if not check(values.get(field))]
    if errors:
        return jsonify(errors=errors), 422
    registration = {"id": len(REGISTRATIONS) + 1, **{field: values[field] for field, _, _ in RULES}}
    REGISTRATIONS.append(registration)
    return jsonify(registration), 201
