from itertools import count

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

items: dict[int, dict] = {}
# A counter, not len(items): ids must stay unique even if items are deleted later.
next_id = count(1)


class ItemIn(BaseModel):
    name: str = Field(min_length=2, max_length=50)
    price: float = Field(gt=0)
    quantity: float = Field(default=1, ge=1)


class Item(ItemIn):
    id: int


@app.post("/items", status_code=201)
def create_item(item: ItemIn) -> Item:
    stored = Item(id=next(next_id), **dict(item))
    items[stored.id] = dict(stored)
    return stored


@app.get("/items/{item_id}")
def read_item(item_id: int) -> Item:
    if item_id not in items:
        raise HTTPException(status_code=404, detail="Item not found")
    return Item(**items[item_id])
