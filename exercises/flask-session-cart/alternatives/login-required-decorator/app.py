# A login_required decorator, the cart rebuilt as a new dict on each change,
# and the checks written as guard clauses.
import hmac
from functools import wraps

from flask import Flask, jsonify, request, session

app = Flask(__name__)
# Signs the session cookie. A real app reads it from the environment.
app.secret_key = "dev-only-3f9c2a7e1b5d48c6"

USERS = {"ada": "alice-secret-1", "linus": "linus-secret-2"}
PRODUCTS = {"apple", "bread", "milk"}


def login_required(view):
    @wraps(view)
    def guarded(*args, **kwargs):
        if not session.get("user"):
            return jsonify(error="login required"), 401
        return view(*args, **kwargs)

    return guarded


def cart_body():
    cart = session["cart"]
    return jsonify(items=cart, total_items=sum(cart.values()))


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json(silent=True) or {}
    username, password = str(body.get("username", "")), str(body.get("password", ""))
    if not hmac.compare_digest(USERS.get(username, ""), password) or username not in USERS:
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session.update(user=username, cart={})
    return jsonify(username=username)


@app.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return jsonify(logged_out=True)


@app.route("/cart")
@login_required
def read_cart():
    return cart_body()


@app.route("/cart/items", methods=["POST"])
@login_required
def add_item():
    body = request.get_json(silent=True) or {}
    product, quantity = body.get("product"), body.get("quantity", 1)
    if product not in PRODUCTS:
        return jsonify(error="unknown product"), 404
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity not in range(1, 11):
        return jsonify(error="quantity must be 1 to 10"), 422
    session["cart"] = {**session["cart"], product: session["cart"].get(product, 0) + quantity}
    return cart_body()
