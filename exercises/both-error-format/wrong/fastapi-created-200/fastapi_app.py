from http import HTTPStatus
from itertools import count
from typing import Annotated

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()

products: dict[int, dict] = {}
next_id = count(1)


class ProductIn(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=50)]
    price: Annotated[float, Field(gt=0)]


def error(status: int, code: str, message: str, **extra) -> JSONResponse:
    body = {"error": {"code": code, "message": message, **extra}}
    return JSONResponse(status_code=status, content=body)


# Starlette's class: the router raises it for unknown URLs and wrong methods,
# and FastAPI's HTTPException is a subclass, so this handler sees them all.
@app.exception_handler(StarletteHTTPException)
def http_error(request: Request, exc: StarletteHTTPException):
    code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_")
    response = error(exc.status_code, code, str(exc.detail))
    response.headers.update(exc.headers or {})  # e.g. Allow on a 405
    return response


@app.exception_handler(RequestValidationError)
def validation_error(request: Request, exc: RequestValidationError):
    fields = []
    for problem in exc.errors():
        path = [str(part) for part in problem["loc"][1:]]
        if path and isinstance(problem["loc"][1], str):
            name = ".".join(path)
            if name not in fields:
                fields.append(name)
    return error(422, "validation_error", "The request body is invalid", fields=fields)


@app.post("/products")
def create_product(product: ProductIn):
    stored = {"id": next(next_id), "name": product.name, "price": product.price}
    products[stored["id"]] = stored
    return stored


@app.get("/products/{product_id}")
def read_product(product_id: int):
    if product_id not in products:
        raise HTTPException(status_code=404, detail=f"Product {product_id} not found")
    return products[product_id]
