# One parsing function per rule, errors gathered in a list, jsonify.
import re

from flask import Flask, jsonify, request

app = Flask(__name__)

ITEMS = [{"id": i, "name": f"Product {i}"} for i in range(1, 24)]
LIMITS = {"page": (1, 1, None), "size": (10, 1, 50)}  # default, lowest, highest


def read(name, errors):
    default, low, high = LIMITS[name]
    text = request.args.get(name, str(default))
    if not re.fullmatch(r"[0-9]+", text):
        errors.append({"loc": ["query", name], "msg": "not a whole number"})
        return None
    value = int(text)
    if value < low or (high is not None and value > high):
        errors.append({"loc": ["query", name], "msg": "out of range"})
        return None
    return value


@app.route("/items")
def list_items():
    errors = []
    page, size = read("page", errors), read("size", errors)
    if errors:
        return jsonify(detail=errors), 422
    response = jsonify(page=page, size=size, items=ITEMS[(page - 1) * size : page * size])
    response.headers["X-Total-Count"] = str(len(ITEMS))
    return response
