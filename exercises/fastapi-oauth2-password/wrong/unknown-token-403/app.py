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


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


@app.post("/token")
def issue_token(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    if not check_password(form.username, form.password):
        raise HTTPException(
            status_code=401,
            detail="Incorrect username or password",
            headers=UNAUTHORIZED,
        )
    allowed = USERS[form.username]["scopes"]
    granted = [scope for scope in form.scopes if scope in allowed]
    token = secrets.token_urlsafe(16)
    TOKENS[token] = {"username": form.username, "scopes": granted}
    return {"access_token": token, "token_type": "bearer"}


def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> dict:
    if token not in TOKENS:
        raise HTTPException(
            status_code=403, detail="Invalid token"
        )
    return TOKENS[token]


CurrentUser = Annotated[dict, Depends(current_user)]


@app.get("/users/me")
def read_me(user: CurrentUser):
    return user


@app.get("/reports")
def read_reports(user: CurrentUser):
    if "reports:read" not in user["scopes"]:
        raise HTTPException(status_code=403, detail="Missing scope reports:read")
    return {"reports": ["q1", "q2"]}
