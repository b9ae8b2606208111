from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

orders: dict = {}  # {id: order}
next_id = count(1)


class Customer(BaseModel):
    name: str = Field(min_length=1, max_length=60)
    email: str = Field(min_length=3, max_length=120)


# TODO: a model for one line of the order, with its rules:
#   sku: 3-12 characters, quantity: 1-100, unit_price: greater than 0


# TODO: describe the whole body: a customer, a list of lines, an optional note.
class OrderIn(BaseModel):
    customer: Customer
    lines: list


# TODO: answer 201 with the stored order: an id, a subtotal on each line
#       and the total, both computed here, rounded to 2 decimals.
@app.post("/orders")
def create_order(order: OrderIn):
    order_id = next(next_id)
    orders[order_id] = {"id": order_id, **dict(order)}
    return orders[order_id]


# TODO: GET /orders/{order_id} -> the stored order,
#       or 404 {"detail": "Order not found"}
