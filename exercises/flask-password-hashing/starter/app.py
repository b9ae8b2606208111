from flask import Flask, request
from passlib.hash import sha512_crypt

app = Flask(__name__)

USERS: dict[str, str] = {}  # username -> password hash, never the password


# TODO: POST /register {"username", "password"}: store a sha512_crypt hash
#       (rounds=5000) in USERS and answer 201 {"username": ...};
#       409 {"error": "username taken"} if the username exists
@app.post("/register")
def register():
    data = request.get_json(silent=True) or {}
    USERS[data["username"]] = data["password"]
    return {"username": data["username"]}, 201


# TODO: POST /login: 200 {"username": ...} when sha512_crypt.verify accepts
#       the password; 401 {"error": "invalid credentials"} otherwise
@app.post("/login")
def login():
    return {"error": "not implemented"}, 501
