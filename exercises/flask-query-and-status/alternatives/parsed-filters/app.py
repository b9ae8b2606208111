# Query parsing in small functions that raise, one error handler for them,
# and the filters gathered as predicates.
from flask import Flask, jsonify, request

app = Flask(__name__)

PRODUCTS = {
    1: {"id": 1, "name": "hammer", "category": "tools", "price": 15.0,
        "in_stock": True},
    2: {"id": 2, "name": "saw", "category": "tools", "price": 25.0,
        "in_stock": True},
    3: {"id": 3, "name": "glue", "category": "craft", "price": 4.5,
        "in_stock": False},
    4: {"id": 4, "name": "wrench", "category": "tools", "price": 18.0,
        "in_stock": False},
    5: {"id": 5, "name": "paint", "category": "craft", "price": 12.0,
        "in_stock": True},
}


class BadQuery(Exception):
    """A query parameter that does not parse; its message is the answer."""


@app.errorhandler(BadQuery)
def bad_query(error):
    return jsonify(error=str(error)), 400


def parse_choice(text, choices, message):
    if text not in choices:
        raise BadQuery(message)
    return choices[text]


def parse_number(text, parse, message, low=None, high=None):
    try:
        value = parse(text)
    except ValueError:
        raise BadQuery(message) from None
    if (low is not None and value < low) or (high is not None and value > high):
        raise BadQuery(message)
    return value


@app.route("/products", methods=["GET"])
def list_products():
    args = request.args
    limit = parse_number(args.get("limit", "10"), int, "limit must be a whole number from 1 to 50", 1, 50)
    keep = []
    if "category" in args:
        keep.append(lambda p, c=args["category"]: p["category"] == c)
    if "max_price" in args:
        most = parse_number(args["max_price"], float, "max_price must be a number")
        keep.append(lambda p: p["price"] <= most)
    if "in_stock" in args:
        wanted = parse_choice(args["in_stock"], {"true": True, "false": False}, "in_stock must be true or false")
        keep.append(lambda p: p["in_stock"] is wanted)
    found = [p for _, p in sorted(PRODUCTS.items()) if all(test(p) for test in keep)][:limit]
    return jsonify(products=found, count=len(found))


def bad_request(message):
    return {"error": message}, 400


@app.get("/products/<int:product_id>")
def read_product(product_id):
    if product_id not in PRODUCTS:
        return {"error": "not found"}, 404
    return PRODUCTS[product_id]


@app.post("/products")
def create_product():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        data = {}
    name, price = data.get("name"), data.get("price")
    valid_name = isinstance(name, str) and name.strip()
    valid_price = (
        isinstance(price, (int, float))
        and not isinstance(price, bool)
        and price > 0
    )
    if not (valid_name and valid_price):
        return bad_request("name and a positive price are required")
    product = {
        "id": max(PRODUCTS, default=0) + 1,
        "name": name,
        "category": data.get("category", "misc"),
        "price": price,
        "in_stock": data.get("in_stock", True),
    }
    PRODUCTS[product["id"]] = product
    return product, 201, {"Location": f"/products/{product['id']}"}


@app.delete("/products/<int:product_id>")
def delete_product(product_id):
    if product_id not in PRODUCTS:
        return {"error": "not found"}, 404
    del PRODUCTS[product_id]
    return "", 204
