import hmac

from flask import Flask, request
from passlib.hash import sha512_crypt

app = Flask(__name__)

# SHA-crypt, the salted hash that runs in the course's container. 5,000 rounds
# keeps the tests fast; a real server uses Argon2id (pwdlib) instead.
hasher = sha512_crypt.using(rounds=5000)

USERS: dict[str, str] = {}  # username -> password hash, never the password


def credentials() -> tuple[str, str]:
    data = request.get_json(silent=True) or {}
    return str(data.get("username", "")), str(data.get("password", ""))


@app.post("/register")
def register():
    username, password = credentials()
    if username in USERS:
        return {"error": "username taken"}, 409
    USERS[username] = hasher.hash(password)  # a new random salt every time
    return {"username": username}, 201


@app.post("/login")
def login():
    username, password = credentials()
    stored = USERS.get(username)
    if stored is None or not hmac.compare_digest(stored, hasher.hash(password)):
        return {"error": "invalid credentials"}, 401
    return {"username": username}
