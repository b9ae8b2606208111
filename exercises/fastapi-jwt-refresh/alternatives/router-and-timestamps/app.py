# An APIRouter for the token endpoints, exp as a Unix timestamp, one except
# clause (ExpiredSignatureError is an InvalidTokenError) and a CurrentUser alias.
import hashlib
import hmac
import secrets
import time
from typing import Annotated

import jwt
from fastapi import APIRouter, Depends, FastAPI, Form, HTTPException
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

app = FastAPI()

# The key that signs access tokens. A real server reads it from its settings
# (32+ random bytes, never in the code); this one is for the exercise only.
SECRET_KEY = "course-demo-jwt-key-0123456789abcdef"
ACCESS_SECONDS = 15 * 60

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


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def token_pair(username: str) -> dict:
    claims = {"sub": username, "exp": int(time.time()) + ACCESS_SECONDS}
    refresh = secrets.token_hex(32)
    REFRESH_TOKENS[refresh] = username
    return {
        "access_token": jwt.encode(claims, SECRET_KEY, algorithm="HS256"),
        "token_type": "bearer",
        "refresh_token": refresh,
    }


tokens = APIRouter(prefix="/token")


@tokens.post("")
def password_grant(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    if not check_password(form.username, form.password):
        raise unauthorized("Incorrect username or password")
    return token_pair(form.username)


@tokens.post("/refresh")
def refresh_grant(refresh_token: Annotated[str, Form()]):
    if refresh_token not in REFRESH_TOKENS:
        raise unauthorized("Invalid refresh token")
    return token_pair(REFRESH_TOKENS.pop(refresh_token))


app.include_router(tokens)


def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError as error:
        raise unauthorized(str(error)) from None
    return claims["sub"]


CurrentUser = Annotated[str, Depends(current_user)]


@app.get("/users/me")
def read_me(username: CurrentUser):
    return {"username": username}
