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
    # TODO: remember the user in the session (and start with an empty cart)
    return {"username": username}


# TODO: POST /logout

# TODO: GET /cart and POST /cart/items, 401 when not logged in
