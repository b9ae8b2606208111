from typing import Annotated

from fastapi import FastAPI, Query, Response

app = FastAPI()

ITEMS = [{"id": i, "name": f"Product {i}"} for i in range(1, 24)]
MAX_SIZE = 50


@app.get("/items")
def list_items(page: int = 1, size: int = 10):
    # TODO: limits with Query(...): page >= 1, 1 <= size <= MAX_SIZE
    # TODO: answer only the requested page, and send X-Total-Count
    #       (take a `response: Response` parameter and set its headers)
    return {"page": page, "size": size, "items": ITEMS}
