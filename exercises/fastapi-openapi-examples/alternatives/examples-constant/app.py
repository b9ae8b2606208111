# One function under both routes (stacked decorators), the example and the
# body type named once.
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


PAPERBACK = {"paperback": {"summary": "A paperback", "value": {"title": "Dune", "pages": 412}}}
BookBody = Annotated[BookIn, Body(openapi_examples=PAPERBACK)]


@app.get("/books/{book_id}", tags=["books"], responses={404: {"model": Message, "description": "Book not found"}})
@app.get("/book/{book_id}", tags=["legacy"], deprecated=True)
def get_book(book_id: int):
    return find_book(book_id)


@app.post("/books", tags=["books"], status_code=201)
def add_book(book: BookBody):
    book_id = len(BOOKS) + 1
    BOOKS[book_id] = {"id": book_id, "title": book.title, "pages": book.pages}
    return BOOKS[book_id]


@app.get("/internal/stats", include_in_schema=False)
def internal_stats():
    return {"books": len(BOOKS)}
