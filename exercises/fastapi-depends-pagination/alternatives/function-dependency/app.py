# A function dependency that returns the paging values, and a helper that slices.
from typing import Annotated

from fastapi import Depends, FastAPI, Query

app = FastAPI()

BOOKS = [{"id": i, "title": f"Book {i}"} for i in range(1, 26)]
AUTHORS = [{"id": i, "name": f"Author {i}"} for i in range(1, 13)]


def pagination(
    limit: Annotated[int, Query(gt=0, le=50)] = 10,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict:
    return {"limit": limit, "offset": offset}


Page = Annotated[dict, Depends(pagination)]


def paginate(rows: list, page: dict) -> dict:
    start, end = page["offset"], page["offset"] + page["limit"]
    return {"items": rows[start:end], "total": len(rows), **page}


@app.get("/books")
def list_books(page: Page):
    return paginate(BOOKS, page)


@app.get("/authors")
def list_authors(page: Page):
    return paginate(AUTHORS, page)
