import hashlib
import hmac

from flask import Flask, request, session

app = Flask(__name__)
# Signs the session cookie. A real app reads it from the environment.
app.secret_key = "dev-only-8d41f0b2c6e94a37"


def hash_password(password: str, salt: str) -> str:
    # A keyed hash with the user's salt. Fine for a demo; real apps use a
    # slow hash (argon2, bcrypt, scrypt).
    return hmac.new(salt.encode(), password.encode(), hashlib.sha256).hexdigest()


# In a real app these rows come from a database.
USERS = {
    "ada": {
        "id": 1,
        "salt": "5b1e0c7a9d2f4e86",
        "password_hash": "ededdd29e18988565bfbadab0b099615c2d5dd369550125fc3879aa3de8cf752",
    },
    "linus": {
        "id": 2,
        "salt": "c83f29a1e07d6b54",
        "password_hash": "7b118bab11bee672decb361297baa7dfd666428ab9b9b1c3647c72ae7df76283",
    },
}


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    username = data.get("username", "")
    password = data.get("password", "")
    # TODO: look the user up, hash `password` with their salt and compare it
    #       with their password_hash (hmac.compare_digest); 401 when wrong.
    # TODO: remember the user's id (only the id) in the session.
    return {"error": "invalid credentials"}, 401


# TODO: GET /me -> the logged-in user, or 401 {"error": "not logged in"}

# TODO: POST /logout -> clear the session
