import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta
from typing import Annotated

import jwt
from fastapi import Depends, FastAPI, Form, HTTPException
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

app = FastAPI()

# The key that signs access tokens. A real server reads it from its settings
# (32+ random bytes, never in the code); this one is for the exercise only.
SECRET_KEY = "course-demo-jwt-key-0123456789abcdef"
ALGORITHM = "HS256"
ACCESS_LIFETIME = timedelta(minutes=15)

# Demo users. A real server stores slow salted hashes (Argon2id, scrypt).
SALT = b"course-demo-salt"


def hash_password(password: str) -> str:
    return hmac.new(SALT, password.encode(), hashlib.sha256).hexdigest()


USERS = {"ada": hash_password("alice-secret-1"), "linus": hash_password("linus-secret-2")}
REFRESH_TOKENS: dict[str, str] = {}  # refresh token -> username


def check_password(username: str, password: str) -> bool:
    stored = USERS.get(username)
    return stored is not None and hmac.compare_digest(stored, hash_password(password))


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

# TODO: a helper that issues {"access_token": <JWT with sub and exp in 15
# minutes>, "token_type": "bearer", "refresh_token": <random, remembered>}


# TODO: POST /token: the OAuth2 password form; 401 + WWW-Authenticate: Bearer
# for a wrong username or password


# TODO: POST /token/refresh: the form field refresh_token, usable once


# TODO: a current_user dependency: decode the JWT (algorithms=["HS256"],
# exp required); 401 + WWW-Authenticate: Bearer for any invalid token


@app.get("/users/me")
def read_me():
    return {"username": "ada"}
