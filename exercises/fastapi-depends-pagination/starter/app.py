from typing import Annotated

from fastapi import Depends, FastAPI, Query

app = FastAPI()

BOOKS = [{"id": i, "title": f"Book {i}"} for i in range(1, 26)]
AUTHORS = [{"id": i, "name": f"Author {i}"} for i in range(1, 13)]


# TODO: a dependency (a function or a class) that reads limit (1-50,
# default 10) and offset (0 or more, default 0), used by both endpoints.


@app.get("/books")
def list_books(limit: Annotated[int, Query(ge=1, le=50)] = 10):
    return {"items": BOOKS[:limit], "total": len(BOOKS), "limit": limit}


@app.get("/authors")
def list_authors():
    # TODO: paginate
    return {"items": AUTHORS, "total": len(AUTHORS)}
