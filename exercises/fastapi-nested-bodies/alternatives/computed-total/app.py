# Constrained types named once, and a response model whose total is a
# computed field: Pydantic adds it when the answer is serialised.
from itertools import count
from typing import Annotated

from fastapi import FastAPI
from pydantic import BaseModel, Field, computed_field

app = FastAPI()

orders: dict[int, dict] = {}
next_id = count(1)

Sku = Annotated[str, Field(pattern=r"^[A-Z]{3}-[0-9]{3}$")]
Quantity = Annotated[int, Field(ge=1, le=100)]
Email = Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


class Customer(BaseModel):
    name: str = Field(min_length=1, max_length=100)
    email: Email


class OrderLine(BaseModel):
    sku: Sku
    quantity: Quantity
    unit_price: float = Field(gt=0)


class Order(BaseModel):
    customer: Customer
    lines: list[OrderLine] = Field(min_length=1)
    note: str | None = Field(default=None, max_length=200)


class StoredOrder(Order):
    id: int

    @computed_field
    @property
    def total(self) -> float:
        return round(sum(line.quantity * line.unit_price for line in self.lines), 2)


@app.post("/orders", status_code=201)
def create_order(order: Order) -> StoredOrder:
    stored = StoredOrder(id=next(next_id), **order.model_dump())
    orders[stored.id] = stored.model_dump()
    return stored
