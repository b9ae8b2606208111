from typing import Annotated

from fastapi import FastAPI
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

app = FastAPI()

RESERVED = {"admin", "root", "support"}
users: dict[str, dict] = {}


class SignUp(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    username: Annotated[
        str, Field(min_length=3, max_length=20, pattern=r"^[A-Za-z0-9_]+$")
    ]
    password: Annotated[str, Field(min_length=8)]
    password_repeat: Annotated[str, Field(min_length=8)]

    @field_validator("username")
    @classmethod
    def lower_and_not_reserved(cls, value: str) -> str:
        value = value.lower()
        if value in RESERVED:
            raise ValueError(f"{value!r} is reserved")
        return value

    @model_validator(mode="after")
    def passwords_match(self):
        if self.password != self.password_repeat:
            raise ValueError("passwords do not match")
        return self


class UserOut(BaseModel):
    username: str


@app.post("/users", status_code=201)
def sign_up(body: SignUp) -> UserOut:
    users[body.username] = {"password": body.password}
    return UserOut(username=body.username)
