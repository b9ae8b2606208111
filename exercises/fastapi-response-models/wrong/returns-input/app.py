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


class UserOut(BaseModel):
    id: int
    username: str
    email: str


def find_user(user_id: int) -> dict:
    if user_id not in users:
        raise HTTPException(status_code=404, detail="User not found")
    return users[user_id]


@app.post("/users", status_code=201)
def create_user(user: UserIn):
    if any(u["username"] == user.username for u in users.values()):
        raise HTTPException(status_code=409, detail="Username already taken")
    salt = secrets.token_hex(8)
    stored = {
        "id": next(next_id),
        "username": user.username,
        "email": user.email,
        "salt": salt,
        "password_hash": hash_password(user.password, salt),
    }
    users[stored["id"]] = stored
    return {"id": stored["id"], **dict(user)}


@app.get("/users", response_model=list[UserOut])
def list_users():
    return list(users.values())


@app.get("/users/{user_id}", response_model=UserOut)
def read_user(user_id: int):
    return find_user(user_id)


@app.delete("/users/{user_id}", status_code=204)
def delete_user(user_id: int) -> None:
    find_user(user_id)
    del users[user_id]
