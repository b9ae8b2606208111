# One handler for every HTTPException, a table of codes, and the body's
# problems collected field by field.
from itertools import count

from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)
CODES = {404: "not_found", 405: "method_not_allowed"}
products: dict[int, dict] = {}
next_id = count(1)


def error(status, code, message, **extra):
    return jsonify(error={"code": code, "message": message, **extra}), status


@app.errorhandler(HTTPException)
def http_error(exc):
    return error(exc.code, CODES.get(exc.code, "error"), exc.description or exc.name)


@app.route("/products", methods=["POST"])
def create_product():
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return error(422, "validation_error", "Send a JSON object", fields=[])
    name, price = body.get("name"), body.get("price")
    fields = []
    if not (isinstance(name, str) and 0 < len(name) <= 50):
        fields.append("name")
    if not (type(price) in (int, float) and price > 0):
        fields.append("price")
    if fields:
        return error(422, "validation_error", "Check the fields", fields=fields)
    product_id = next(next_id)
    products[product_id] = {"id": product_id, "name": name, "price": price}
    return jsonify(products[product_id]), 201


@app.route("/products/<int:product_id>")
def read_product(product_id):
    if product_id not in products:
        abort(404, f"Product {product_id} not found")
    return jsonify(products[product_id])
