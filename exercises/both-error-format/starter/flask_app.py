from itertools import count

from flask import Flask, abort, request

app = Flask(__name__)

products: dict[int, dict] = {}
next_id = count(1)


# TODO: one helper that builds {"error": {"code": ..., "message": ...}}, and
#       an error handler so that every HTTP error (404, 405, ...) uses it.


@app.post("/products")
def create_product():
    data = request.get_json(silent=True)
    # TODO: validate (name: 1-50 characters, price: a number > 0) and answer
    #       422 {"error": {"code": "validation_error", "message": ..., "fields": [...]}}
    product = {"id": next(next_id), "name": data["name"], "price": data["price"]}
    products[product["id"]] = product
    return product, 201


@app.get("/products/<int:product_id>")
def read_product(product_id):
    if product_id not in products:
        abort(404)  # TODO: this answers an HTML page
    return products[product_id]
