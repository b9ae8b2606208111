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


def error(status: int, code: str, message: str, **extra) -> JSONResponse:
    body = {"error": {"code": code, "message": message, **extra}}
    return JSONResponse(status_code=status, content=body)


@app.exception_handler(OutOfStock)
def out_of_stock(request: Request, exc: OutOfStock):
    return error(409, "out_of_stock", f"Not enough {exc.sku}")


# Starlette's class: the router raises it for unknown URLs, and FastAPI's
# HTTPException is a subclass, so this handler sees both.
@app.exception_handler(StarletteHTTPException)
def http_error(request: Request, exc: StarletteHTTPException):
    code = "not_found" if exc.status_code == 404 else "http_error"
    return error(exc.status_code, code, str(exc.detail))


@app.exception_handler(RequestValidationError)
def invalid_request(request: Request, exc: RequestValidationError):
    fields = [str(e["loc"][-1]) for e in exc.errors()]
    return error(422, "validation_failed", "Invalid request", fields=fields)


@app.post("/orders", status_code=201)
def create_order(order: OrderIn):
    left = reserve(order.sku, order.quantity)
    return {"sku": order.sku, "quantity": order.quantity, "left": left}


@app.post("/admin/restock")
def restock():
    raise HTTPException(status_code=403, detail="Staff only")
