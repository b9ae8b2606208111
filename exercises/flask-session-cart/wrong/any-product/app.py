import hmac

from flask import Flask, request, session

app = Flask(__name__)
# Signs the session cookie. A real app reads it from the environment.
app.secret_key = "dev-only-3f9c2a7e1b5d48c6"

USERS = {"ada": "alice-secret-1", "linus": "linus-secret-2"}
PRODUCTS = {"apple", "bread", "milk"}


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    username = data.get("username", "")
    password = data.get("password", "")
    expected = USERS.get(username)
    if expected is None or not hmac.compare_digest(expected, password):
        return {"error": "invalid credentials"}, 401
    session.clear()
    session["user"] = username
    session["cart"] = {}
    return {"username": username}


@app.post("/logout")
def logout():
    session.clear()
    return {"logged_out": True}


def cart_answer():
    cart = session.get("cart", {})
    return {"items": cart, "total_items": sum(cart.values())}


@app.get("/cart")
def read_cart():
    if "user" not in session:
        return {"error": "login required"}, 401
    return cart_answer()


@app.post("/cart/items")
def add_item():
    if "user" not in session:
        return {"error": "login required"}, 401
    data = request.get_json(silent=True) or {}
    product = data.get("product")
    quantity = data.get("quantity", 1)
    if not isinstance(product, str):
        return {"error": "unknown product"}, 404
    if type(quantity) is not int or not 1 <= quantity <= 10:
        return {"error": "quantity must be 1 to 10"}, 422
    cart = dict(session.get("cart", {}))
    cart[product] = cart.get(product, 0) + quantity
    session["cart"] = cart  # assigning marks the session as changed
    return cart_answer()
