import hashlib
import hmac
import secrets
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

app = FastAPI()

# Demo users. Real apps use a slow password hash (argon2, bcrypt, scrypt).
SALT = b"course-demo-salt"


def hash_password(password: str) -> str:
    # A keyed hash, fast: fine for a demo, too fast for real passwords.
    return hmac.new(SALT, password.encode(), hashlib.sha256).hexdigest()


USERS = {
    "ada": {"password_hash": hash_password("alice-secret-1"),
            "scopes": ["me", "reports:read"]},
    "linus": {"password_hash": hash_password("linus-secret-2"),
              "scopes": ["me"]},
}
TOKENS: dict[str, dict] = {}  # token -> {"username": ..., "scopes": [...]}


def check_password(username: str, password: str) -> bool:
    user = USERS.get(username)
    if user is None:
        return False
    return hmac.compare_digest(user["password_hash"], hash_password(password))


# TODO: oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")


# TODO: POST /token: read the form, check the password (401 otherwise),
# grant the requested scopes the user is allowed, answer
# {"access_token": ..., "token_type": "bearer"}


# TODO: a current_user dependency: token -> TOKENS entry, or 401


@app.get("/users/me")
def read_me():
    return {"username": "ada", "scopes": []}


# TODO: GET /reports -> {"reports": ["q1", "q2"]}, needs scope reports:read
