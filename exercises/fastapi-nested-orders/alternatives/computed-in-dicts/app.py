# Annotated constraints, the answer built as plain dicts, orders kept in a list.
from typing import Annotated

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()
orders: list[dict] = []


class Customer(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=60)]
    email: Annotated[str, Field(min_length=3, max_length=120)]


class Line(BaseModel):
    sku: Annotated[str, Field(min_length=3, max_length=12)]
    quantity: Annotated[int, Field(ge=1, le=100)]
    unit_price: Annotated[float, Field(gt=0)]


class Order(BaseModel):
    customer: Customer
    lines: list[Line]
    note: Annotated[str | None, Field(max_length=200)] = None


@app.post("/orders", status_code=201)
def create_order(order: Order) -> dict:
    lines = [
        {"sku": line.sku, "quantity": line.quantity, "unit_price": line.unit_price, "subtotal": round(line.quantity * line.unit_price, 2)}
        for line in order.lines
    ]
    stored = {
        "id": len(orders) + 1,
        "customer": {"name": order.customer.name, "email": order.customer.email},
        "lines": lines,
        "note": order.note,
        "total": round(sum(line["subtotal"] for line in lines), 2),
    }
    orders.append(stored)
    return stored


@app.get("/orders/{order_id}")
def read_order(order_id: int) -> dict:
    if not 1 <= order_id <= len(orders):
        raise HTTPException(404, "Order not found")
    return orders[order_id - 1]
