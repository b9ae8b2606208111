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


def find_user_by_id(user_id):
    for username, user in USERS.items():
        if user["id"] == user_id:
            return username, user
    return None


def check_password(username: str, password: str):
    """Returns the user's row when the password is right, else None."""
    user = USERS.get(username)
    if user is None or not isinstance(password, str):
        return None
    sent = hash_password(password, user["salt"])
    if not hmac.compare_digest(sent, user["password_hash"]):
        return None
    return user


@app.post("/login")
def login():
    data = request.get_json()
    username = data.get("username")
    user = check_password(username, data.get("password")) if isinstance(username, str) else None
    if user is None:
        return {"error": "invalid credentials"}, 401
    session.clear()  # start a fresh session at every login
    session["user_id"] = user["id"]
    return {"id": user["id"], "username": username}


@app.get("/me")
def me():
    found = find_user_by_id(session.get("user_id"))
    if found is None:
        return {"error": "not logged in"}, 401
    username, user = found
    return {"id": user["id"], "username": username}


@app.post("/logout")
def logout():
    session.clear()
    return {"logged_out": True}
