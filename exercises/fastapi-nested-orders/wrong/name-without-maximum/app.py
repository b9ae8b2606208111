from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

orders: dict = {}  # {id: OrderOut}
next_id = count(1)


class Customer(BaseModel):
    name: str = Field(min_length=1)
    email: str = Field(min_length=3, max_length=120)


class LineIn(BaseModel):
    sku: str = Field(min_length=3, max_length=12)
    quantity: int = Field(gt=0, le=100)
    unit_price: float = Field(gt=0)


class OrderIn(BaseModel):
    customer: Customer
    lines: list[LineIn]
    note: str | None = Field(default=None, max_length=200)


class LineOut(LineIn):
    subtotal: float


class OrderOut(BaseModel):
    id: int
    customer: Customer
    lines: list[LineOut]
    note: str | None
    total: float


@app.post("/orders", status_code=201)
def create_order(order: OrderIn) -> OrderOut:
    lines = [
        LineOut(**dict(line), subtotal=round(line.quantity * line.unit_price, 2))
        for line in order.lines
    ]
    stored = OrderOut(
        id=next(next_id),
        customer=order.customer,
        lines=lines,
        note=order.note,
        total=round(sum(line.subtotal for line in lines), 2),
    )
    orders[stored.id] = stored
    return stored


@app.get("/orders/{order_id}")
def read_order(order_id: int) -> OrderOut:
    if order_id not in orders:
        raise HTTPException(status_code=404, detail="Order not found")
    return orders[order_id]
