from typing import Annotated

from fastapi import Body, FastAPI, HTTPException
from pydantic import BaseModel, Field

TAGS = [
    {"name": "books", "description": "Browse and add books."},
    {"name": "legacy", "description": "Old endpoints kept for existing clients."},
]

app = FastAPI(title="Library", openapi_tags=TAGS)

BOOKS = {1: {"id": 1, "title": "Emma", "pages": 474}}


class BookIn(BaseModel):
    title: str = Field(min_length=1)
    pages: int = Field(gt=0)


class Message(BaseModel):
    detail: str


def find_book(book_id: int) -> dict:
    if book_id not in BOOKS:
        raise HTTPException(status_code=404, detail="Book not found")
    return BOOKS[book_id]


NOT_FOUND = {404: {"model": Message, "description": "Book not found"}}


@app.get("/books/{book_id}", tags=["books"], responses=NOT_FOUND)
def get_book(book_id: int):
    return find_book(book_id)


@app.get("/book/{book_id}", tags=["legacy"], deprecated=True)
def get_book_old(book_id: int):
    return find_book(book_id)


@app.post("/books", status_code=201)
def add_book(
    book: Annotated[
        BookIn,
        Body(
            openapi_examples={
                "paperback": {
                    "summary": "A paperback",
                    "value": {"title": "Dune", "pages": 412},
                }
            }
        ),
    ],
):
    new_id = max(BOOKS) + 1
    BOOKS[new_id] = {"id": new_id, "title": book.title, "pages": book.pages}
    return BOOKS[new_id]


@app.get("/internal/stats", include_in_schema=False)
def internal_stats():
    return {"books": len(BOOKS)}
