# Security() and SecurityScopes: the required scope declared where it is used.
import hashlib
import hmac
import secrets
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm, SecurityScopes

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


def current_user(security_scopes: SecurityScopes, token: Annotated[str, Depends(oauth2_scheme)]) -> dict:
    """The token's owner; with scopes required (Security(..., scopes=[...])), 403 without them."""
    found = TOKENS.get(token)
    if found is None:
        raise HTTPException(status_code=401, detail="Invalid token", headers=UNAUTHORIZED)
    missing = [scope for scope in security_scopes.scopes if scope not in found["scopes"]]
    if missing:
        raise HTTPException(status_code=403, detail=f"Missing scope {missing[0]}")
    return found


@app.get("/users/me")
def read_me(user: Annotated[dict, Security(current_user)]):
    return {"username": user["username"], "scopes": user["scopes"]}


@app.get("/reports")
def read_reports(user: Annotated[dict, Security(current_user, scopes=["reports:read"])]):
    return {"reports": ["q1", "q2"]}
