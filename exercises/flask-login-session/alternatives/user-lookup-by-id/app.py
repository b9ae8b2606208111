# Users indexed by id once, the credentials checked in one expression, and
# jsonify for the answers.
import hashlib
import hmac

from flask import Flask, jsonify, request, session

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
NAMES_BY_ID = {user["id"]: name for name, user in USERS.items()}


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json(silent=True)
    body = body if isinstance(body, dict) else {}
    name, password = body.get("username"), body.get("password")
    user = USERS.get(name) if isinstance(name, str) else None
    if not (user and isinstance(password, str) and hmac.compare_digest(hash_password(password, user["salt"]), user["password_hash"])):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["user_id"] = user["id"]
    return jsonify(id=user["id"], username=name)


@app.route("/me")
def me():
    name = NAMES_BY_ID.get(session.get("user_id"))
    if name is None:
        return jsonify(error="not logged in"), 401
    return jsonify(id=USERS[name]["id"], username=name)


@app.route("/logout", methods=["POST"])
def logout():
    session.pop("user_id", None)
    return jsonify(logged_out=True)
