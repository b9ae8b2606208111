# The token is read once per request in a before_request hook; the views
# check g.user instead of using a decorator.
import hashlib
import hmac
import secrets

from flask import Flask, g, jsonify, request

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


@app.before_request
def find_user():
    parts = request.headers.get("Authorization", "").split()
    g.user = TOKENS.get(parts[1]) if len(parts) == 2 and parts[0].lower() == "bearer" else None


def challenge():
    response = jsonify(error="not authenticated")
    response.status_code = 401
    response.headers["WWW-Authenticate"] = "Bearer"
    return response


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json(silent=True) or {}
    if not check_password(str(body.get("username", "")), str(body.get("password", ""))):
        return jsonify(error="invalid credentials"), 401
    token = secrets.token_urlsafe(24)
    TOKENS[token] = body["username"]
    return jsonify(access_token=token, token_type="bearer")


@app.route("/me")
def me():
    if g.user is None:
        return challenge()
    return jsonify(username=g.user, role=USERS[g.user]["role"])


@app.route("/admin/stats")
def admin_stats():
    if g.user is None:
        return challenge()
    if USERS[g.user]["role"] != "admin":
        return jsonify(error="forbidden"), 403
    return jsonify(users=len(USERS))
