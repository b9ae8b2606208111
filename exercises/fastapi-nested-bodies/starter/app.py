from itertools import count
from typing import Annotated

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()

orders: dict[int, dict] = {}
next_id = count(1)


# TODO: a Customer model (name, email) and an OrderLine model
# (sku, quantity, unit_price), with the rules from the instructions.


class Order(BaseModel):
    # TODO: use your models here instead of plain dicts and lists.
    customer: dict
    lines: list
    note: str | None = None


# TODO: answer 201 Created with the order, an id and the total.
@app.post("/orders")
def create_order(order: Order):
    stored = {"id": next(next_id), **order.model_dump()}
    orders[stored["id"]] = stored
    return stored
