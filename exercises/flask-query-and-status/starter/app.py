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


@app.get("/products")
def list_products():
    products = list(PRODUCTS.values())
    category = request.args.get("category")
    if category is not None:
        products = [p for p in products if p["category"] == category]
    # TODO: max_price, in_stock and limit (400 when invalid)
    return {"products": products, "count": len(products)}


@app.get("/products/<int:product_id>")
def read_product(product_id):
    if product_id not in PRODUCTS:
        return {"error": "not found"}, 404
    return PRODUCTS[product_id]


# TODO: POST /products -> 201 with a Location header, 400 when invalid

# TODO: DELETE /products/<id> -> 204 with no body, 404 when missing
