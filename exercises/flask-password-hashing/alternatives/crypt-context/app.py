# passlib's CryptContext: the scheme and its rounds are configuration, and
# a later scheme can be added in front without touching the views.
from flask import Flask, jsonify, request
from passlib.context import CryptContext

app = Flask(__name__)
passwords = CryptContext(schemes=["sha512_crypt"], sha512_crypt__rounds=5000)

USERS: dict[str, str] = {}  # username -> password hash


@app.route("/register", methods=["POST"])
def register():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", ""))
    if username in USERS:
        return jsonify(error="username taken"), 409
    USERS[username] = passwords.hash(str(body.get("password", "")))
    return jsonify(username=username), 201


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", ""))
    # verify() with hash=None runs a dummy hash, so an unknown user takes as long as a known one
    if not passwords.verify(str(body.get("password", "")), USERS.get(username)):
        return jsonify(error="invalid credentials"), 401
    return jsonify(username=username)
