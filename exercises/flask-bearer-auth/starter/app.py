import hashlib
import hmac
import secrets
from functools import wraps

from flask import Flask, g, request

app = Flask(__name__)

# Demo users. Real apps use a slow password hash (argon2, bcrypt, scrypt).
SALT = b"course-demo-salt"


def hash_password(password: str) -> str:
    # A keyed hash, fast: fine for a demo, too fast for real passwords.
    return hmac.new(SALT, password.encode(), hashlib.sha256).hexdigest()


USERS = {
    "ada": {"role": "admin", "password_hash": hash_password("alice-secret-1")},
    "linus": {"role": "member", "password_hash": hash_password("linus-secret-2")},
}
TOKENS: dict[str, str] = {}  # token -> username


def check_password(username: str, password: str) -> bool:
    user = USERS.get(username)
    if user is None:
        return False
    return hmac.compare_digest(user["password_hash"], hash_password(password))


# TODO: POST /login -> {"access_token": ..., "token_type": "bearer"}
#       or 401 {"error": "invalid credentials"}
@app.post("/login")
def login():
    return {"error": "not implemented"}, 501


# TODO: GET /me -> the current user, read from "Authorization: Bearer <token>"
#       401 {"error": "not authenticated"} + WWW-Authenticate: Bearer otherwise
@app.get("/me")
def me():
    return {"error": "not implemented"}, 501


# TODO: GET /admin/stats -> {"users": 2} for admins, 403 for members
