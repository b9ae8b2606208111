from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

# Items live in memory: {id: item}.
items: dict[int, dict] = {}


# TODO: describe the body with constraints (see the instructions):
#   name: 2-50 characters, price: greater than 0, quantity: at least 1, default 1
class ItemIn(BaseModel):
    name: str
    price: float


# TODO: a successful create should answer 201 Created.
@app.post("/items")
def create_item(item: ItemIn):
    item_id = len(items) + 1
    items[item_id] = {"id": item_id, **dict(item)}
    return items[item_id]


# TODO: GET /items/{item_id} -> the item, or 404 {"detail": "Item not found"}
