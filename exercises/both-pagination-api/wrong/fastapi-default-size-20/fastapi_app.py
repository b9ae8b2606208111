from typing import Annotated

from fastapi import FastAPI, Query, Response

app = FastAPI()

ITEMS = [{"id": i, "name": f"Product {i}"} for i in range(1, 24)]
MAX_SIZE = 50


@app.get("/items")
def list_items(
    response: Response,
    page: Annotated[int, Query(ge=1)] = 1,
    size: Annotated[int, Query(ge=1, le=MAX_SIZE)] = 20,
):
    response.headers["X-Total-Count"] = str(len(ITEMS))
    start = (page - 1) * size
    return {"page": page, "size": size, "items": ITEMS[start:start + size]}
