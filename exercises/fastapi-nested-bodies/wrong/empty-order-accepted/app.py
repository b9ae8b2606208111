from itertools import count
from typing import Annotated

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()

orders: dict[int, dict] = {}
next_id = count(1)


class Customer(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    email: Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


class OrderLine(BaseModel):
    sku: Annotated[str, Field(pattern=r"^[A-Z]{3}-[0-9]{3}$")]
    quantity: Annotated[int, Field(gt=0, le=100)]
    unit_price: Annotated[float, Field(gt=0)]


class Order(BaseModel):
    customer: Customer
    lines: list[OrderLine]
    note: Annotated[str | None, Field(max_length=200)] = None


@app.post("/orders", status_code=201)
def create_order(order: Order):
    total = sum(line.quantity * line.unit_price for line in order.lines)
    stored = {"id": next(next_id), **order.model_dump(), "total": round(total, 2)}
    orders[stored["id"]] = stored
    return stored
