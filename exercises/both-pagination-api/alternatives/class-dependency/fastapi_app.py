# The paging parameters as a class dependency, the header on a JSONResponse.
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.responses import JSONResponse

app = FastAPI()

ITEMS = [{"id": i, "name": f"Product {i}"} for i in range(1, 24)]


class Paging:
    def __init__(self, page: Annotated[int, Query(ge=1)] = 1, size: Annotated[int, Query(ge=1, le=50)] = 10):
        self.page, self.size = page, size

    def slice(self, items):
        return items[(self.page - 1) * self.size : self.page * self.size]


@app.get("/items")
def list_items(paging: Annotated[Paging, Depends()]):
    body = {"page": paging.page, "size": paging.size, "items": paging.slice(ITEMS)}
    return JSONResponse(body, headers={"X-Total-Count": str(len(ITEMS))})
