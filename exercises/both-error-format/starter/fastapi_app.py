from itertools import count
from typing import Annotated

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

app = FastAPI()

products: dict[int, dict] = {}
next_id = count(1)


class ProductIn(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=50)]
    price: Annotated[float, Field(gt=0)]


# TODO: exception handlers so that HTTP errors (the router's 404 and 405
#       included) and validation errors answer
#       {"error": {"code": ..., "message": ...}} (plus "fields" for a 422).


@app.post("/products", status_code=201)
def create_product(product: ProductIn):
    stored = {"id": next(next_id), "name": product.name, "price": product.price}
    products[stored["id"]] = stored
    return stored


@app.get("/products/{product_id}")
def read_product(product_id: int):
    if product_id not in products:
        raise HTTPException(status_code=404, detail=f"Product {product_id} not found")
    return products[product_id]
