from typing import Annotated

from fastapi import Body, FastAPI, HTTPException
from pydantic import BaseModel, Field

# TODO: describe the tags "books" and "legacy" (see the instructions) and
#       pass them to FastAPI(openapi_tags=...).
app = FastAPI(title="Library")

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


# TODO: tag "books"; document the 404 answer (model Message,
#       description "Book not found").
@app.get("/books/{book_id}")
def get_book(book_id: int):
    return find_book(book_id)


# TODO: tag "legacy", and mark this old route deprecated.
@app.get("/book/{book_id}")
def get_book_old(book_id: int):
    return find_book(book_id)


# TODO: tag "books"; give the body a named example "paperback" with the
#       value {"title": "Dune", "pages": 412}.
@app.post("/books", status_code=201)
def add_book(book: BookIn):
    new_id = max(BOOKS) + 1
    BOOKS[new_id] = {"id": new_id, "title": book.title, "pages": book.pages}
    return BOOKS[new_id]


# TODO: keep this route working, but leave it out of the document.
@app.get("/internal/stats")
def internal_stats():
    return {"books": len(BOOKS)}
