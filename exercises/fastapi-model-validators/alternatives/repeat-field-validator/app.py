# The passwords compared by a field validator on password_repeat (it sees the
# fields validated before it in info.data), constrained types defined once,
# and response_model= filtering the answer.
from typing import Annotated

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

app = FastAPI()

RESERVED = {"admin", "root", "support"}
users: dict[str, dict] = {}

Username = Annotated[str, Field(min_length=3, max_length=20, pattern=r"^[A-Za-z0-9_]+$")]
Password = Annotated[str, Field(min_length=8)]


class SignUp(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    username: Username
    password: Password
    password_repeat: Password

    @field_validator("username")
    @classmethod
    def lower_and_not_reserved(cls, value: str) -> str:
        if value.casefold() in RESERVED:
            raise ValueError("this username is reserved")
        return value.casefold()

    @field_validator("password_repeat")
    @classmethod
    def same_as_password(cls, value: str, info: ValidationInfo) -> str:
        if "password" in info.data and value != info.data["password"]:
            raise ValueError("passwords do not match")
        return value


class UserOut(BaseModel):
    username: str


@app.post("/users", status_code=201, response_model=UserOut)
def sign_up(body: SignUp):
    users[body.username] = {"password": body.password}
    return {"username": body.username, "password": body.password}
