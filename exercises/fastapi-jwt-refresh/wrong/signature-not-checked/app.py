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
UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


def issue_tokens(username: str) -> dict:
    expires = datetime.now(UTC) + ACCESS_LIFETIME
    access = jwt.encode({"sub": username, "exp": expires}, SECRET_KEY, algorithm=ALGORITHM)
    refresh = secrets.token_urlsafe(32)
    REFRESH_TOKENS[refresh] = username
    return {"access_token": access, "token_type": "bearer", "refresh_token": refresh}


@app.post("/token")
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    if not check_password(form.username, form.password):
        raise HTTPException(status_code=401, detail="Incorrect username or password", headers=UNAUTHORIZED)
    return issue_tokens(form.username)


@app.post("/token/refresh")
def refresh(refresh_token: Annotated[str, Form()]):
    username = REFRESH_TOKENS.pop(refresh_token, None)  # usable once: rotated
    if username is None:
        raise HTTPException(status_code=401, detail="Invalid refresh token", headers=UNAUTHORIZED)
    return issue_tokens(username)


def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> str:
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM], options={"require": ["exp", "sub"], "verify_signature": False, "verify_exp": True})
    except jwt.ExpiredSignatureError:
        raise HTTPException(status_code=401, detail="Token expired", headers=UNAUTHORIZED) from None
    except jwt.InvalidTokenError:
        raise HTTPException(status_code=401, detail="Invalid token", headers=UNAUTHORIZED) from None
    return claims["sub"]


@app.get("/users/me")
def read_me(username: Annotated[str, Depends(current_user)]):
    return {"username": username}
