# The handlers registered in a loop with add_exception_handler; a table
# picks the code.
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


def out_of_stock(request: Request, exc: OutOfStock) -> JSONResponse:
    return error(409, "out_of_stock", f"{exc.sku}: {exc.left} left")


def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return error(exc.status_code, {404: "not_found"}.get(exc.status_code, "http_error"), exc.detail)


def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
    fields = []
    for problem in exc.errors():
        if problem["loc"][-1] not in fields:
            fields.append(problem["loc"][-1])
    return error(422, "validation_failed", "Check the fields", fields=fields)


for exception, handler in [(OutOfStock, out_of_stock), (StarletteHTTPException, http_error), (RequestValidationError, invalid_request)]:
    app.add_exception_handler(exception, handler)


@app.post("/orders", status_code=201)
def create_order(order: OrderIn):
    left = reserve(order.sku, order.quantity)
    return {"sku": order.sku, "quantity": order.quantity, "left": left}


@app.post("/admin/restock")
def restock():
    raise HTTPException(status_code=403, detail="Staff only")
