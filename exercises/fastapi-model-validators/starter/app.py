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
    # TODO: model_config: strip whitespace, forbid unknown fields
    username: Annotated[str, Field(min_length=3, max_length=20)]
    password: str
    password_repeat: str

    # TODO: a field_validator for username (lower case, not reserved)
    # TODO: a model_validator: the two passwords must match


# TODO: answer without the passwords
@app.post("/users", status_code=201)
def sign_up(body: SignUp):
    users[body.username] = {"password": body.password}
    return body
