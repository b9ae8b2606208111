from flask import Flask, request

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


def bad_request(message):
    return {"error": message}, 400


@app.get("/products")
def list_products():
    products = list(reversed(PRODUCTS.values()))
    category = request.args.get("category")
    if category is not None:
        products = [p for p in products if p["category"] == category]

    max_price = request.args.get("max_price")
    if max_price is not None:
        try:
            limit_price = float(max_price)
        except ValueError:
            return bad_request("max_price must be a number")
        products = [p for p in products if p["price"] <= limit_price]

    in_stock = request.args.get("in_stock")
    if in_stock is not None:
        if in_stock not in ("true", "false"):
            return bad_request("in_stock must be true or false")
        wanted = in_stock == "true"
        products = [p for p in products if p["in_stock"] == wanted]

    limit_text = request.args.get("limit", "10")
    try:
        limit = int(limit_text)
    except ValueError:
        limit = 0
    if not 1 <= limit <= 50:
        return bad_request("limit must be a whole number from 1 to 50")
    products = products[:limit]
    return {"products": products, "count": len(products)}


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
