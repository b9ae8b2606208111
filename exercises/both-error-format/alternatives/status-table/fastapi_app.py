# A table of codes by status, the handlers registered with add_exception_handler.
from itertools import count

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

CODES = {404: "not_found", 405: "method_not_allowed"}
products: dict[int, dict] = {}
next_id = count(1)


class ProductIn(BaseModel):
    name: str = Field(min_length=1, max_length=50)
    price: float = Field(gt=0)


def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    body = {"error": {"code": CODES.get(exc.status_code, "error"), "message": str(exc.detail)}}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    fields = sorted({str(e["loc"][1]) for e in exc.errors() if len(e["loc"]) > 1 and isinstance(e["loc"][1], str)})
    body = {"error": {"code": "validation_error", "message": "Check the fields", "fields": fields}}
    return JSONResponse(body, status_code=422)


app = FastAPI()
app.add_exception_handler(StarletteHTTPException, http_error)
app.add_exception_handler(RequestValidationError, validation_error)


@app.post("/products", status_code=201)
def create_product(product: ProductIn):
    product_id = next(next_id)
    products[product_id] = {"id": product_id, "name": product.name, "price": product.price}
    return products[product_id]


@app.get("/products/{product_id}")
def read_product(product_id: int):
    if product_id in products:
        return products[product_id]
    raise HTTPException(404, f"Product {product_id} not found")
