from http import HTTPStatus
from itertools import count

from flask import Flask, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

products: dict[int, dict] = {}
next_id = count(1)


def error(status: int, code: str, message: str, **extra):
    return {"error": {"code": code, "message": message, **extra}}, status


def code_for(status: int) -> str:
    return HTTPStatus(status).phrase.lower().replace(" ", "_")


@app.errorhandler(HTTPException)
def http_error(e: HTTPException):
    return error(e.code, code_for(e.code), e.description or e.name)


def invalid_fields(data) -> list[str] | None:
    """The invalid fields ([] when the body as a whole is wrong), or None."""
    if not isinstance(data, dict):
        return []
    fields = []
    name = data.get("name")
    if not isinstance(name, str) or not 1 <= len(name) <= 50:
        fields.append("name")
    price = data.get("price")
    if isinstance(price, bool) or not isinstance(price, (int, float)) or price <= 0:
        fields.append("price")
    return fields or None


@app.post("/products")
def create_product():
    data = request.get_json(silent=True)
    fields = invalid_fields(data)
    if fields is not None:
        return error(422, "validation_error", "The request body is invalid", fields=fields)
    product = {"id": next(next_id), "name": data["name"], "price": data["price"]}
    products[product["id"]] = product
    return product, 201


@app.get("/products/<int:product_id>")
def read_product(product_id):
    return products[product_id]
