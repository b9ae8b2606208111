# Constraints written with Annotated, the store a list, an explicit response_model.
from typing import Annotated

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()
items: list[dict] = []


class ItemIn(BaseModel):
    name: Annotated[str, Field(min_length=2, max_length=50)]
    price: Annotated[float, Field(gt=0)]
    quantity: Annotated[int, Field(ge=1)] = 1


class Item(ItemIn):
    id: int


@app.post("/items", status_code=201, response_model=Item)
def create_item(item: ItemIn):
    items.append({"id": len(items) + 1, "name": item.name, "price": item.price, "quantity": item.quantity})
    return items[-1]


@app.get("/items/{item_id}", response_model=Item)
def read_item(item_id: int):
    if 1 <= item_id <= len(items):
        return items[item_id - 1]
    raise HTTPException(status_code=404, detail="Item not found")
