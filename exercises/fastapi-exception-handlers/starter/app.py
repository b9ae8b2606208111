from typing import Annotated

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()

STOCK = {"LAMP": 3, "DESK": 1, "CHAIR": 12}


class OutOfStock(Exception):
    def __init__(self, sku: str, left: int):
        self.sku = sku
        self.left = left


class OrderIn(BaseModel):
    sku: str
    quantity: Annotated[int, Field(gt=0)]


def reserve(sku: str, quantity: int) -> int:
    if sku not in STOCK:
        raise HTTPException(status_code=404, detail=f"No product {sku}")
    if STOCK[sku] < quantity:
        raise OutOfStock(sku, STOCK[sku])
    STOCK[sku] -= quantity
    return STOCK[sku]


# TODO: exception handlers, so that every error answers
#   {"error": {"code": ..., "message": ...}}
# - OutOfStock            -> 409, code "out_of_stock"
# - HTTPException (also unknown URLs!) -> its status, code "not_found"
#   for 404, else "http_error"
# - RequestValidationError -> 422, code "validation_failed", plus "fields"


@app.post("/orders", status_code=201)
def create_order(order: OrderIn):
    left = reserve(order.sku, order.quantity)
    return {"sku": order.sku, "quantity": order.quantity, "left": left}


@app.post("/admin/restock")
def restock():
    raise HTTPException(status_code=403, detail="Staff only")
