import hashlib
import secrets
from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

# Stored users: {id: {"id", "username", "email", "salt", "password_hash"}}
users: dict[int, dict] = {}
next_id = count(1)


def hash_password(password: str, salt: str) -> str:
    # Keeps the example short. Real apps use a slow hash (argon2, bcrypt).
    return hashlib.sha256((salt + password).encode()).hexdigest()


class UserIn(BaseModel):
    username: str = Field(min_length=3, max_length=20)
    email: str = Field(min_length=3, max_length=120)
    password: str = Field(min_length=8, max_length=128)


# TODO: a UserOut model with only what clients may see: id, username, email.


# TODO: answer 201 with a UserOut; 409 {"detail": "Username already taken"}
#       when the username is in use.
@app.post("/users")
def create_user(user: UserIn):
    salt = secrets.token_hex(8)
    stored = {
        "id": next(next_id),
        "username": user.username,
        "email": user.email,
        "salt": salt,
        "password_hash": hash_password(user.password, salt),
    }
    users[stored["id"]] = stored
    return stored


# TODO: GET /users -> a list of UserOut
# TODO: GET /users/{user_id} -> a UserOut, or 404 {"detail": "User not found"}
# TODO: DELETE /users/{user_id} -> 204 with no body, or 404
