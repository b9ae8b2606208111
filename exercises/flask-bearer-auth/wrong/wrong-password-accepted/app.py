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


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    username = data.get("username", "")
    if username not in USERS:
        return {"error": "invalid credentials"}, 401
    token = secrets.token_urlsafe(16)
    TOKENS[token] = username
    return {"access_token": token, "token_type": "bearer"}


def not_authenticated():
    body = {"error": "not authenticated"}
    return body, 401, {"WWW-Authenticate": "Bearer"}


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or token not in TOKENS:
            return not_authenticated()
        g.username = TOKENS[token]
        return view(*args, **kwargs)

    return wrapper


@app.get("/me")
@login_required
def me():
    return {"username": g.username, "role": USERS[g.username]["role"]}


@app.get("/admin/stats")
@login_required
def admin_stats():
    if USERS[g.username]["role"] != "admin":
        return {"error": "forbidden"}, 403
    return {"users": len(USERS)}
