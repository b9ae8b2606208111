# A plain Enum (its members are not strings: compare .value), Path(ge=1) instead of
# gt=0, and dict.get with a None check.
from enum import Enum
from typing import Annotated

from fastapi import FastAPI, HTTPException, Path

app = FastAPI()

BOOKS = {
    1: {"id": 1, "title": "Dune", "genre": "fiction"},
    2: {"id": 2, "title": "SPQR", "genre": "history"},
    3: {"id": 3, "title": "Cosmos", "genre": "science"},
    4: {"id": 4, "title": "Emma", "genre": "fiction"},
    5: {"id": 5, "title": "The Gene", "genre": "science"},
    6: {"id": 6, "title": "Beloved", "genre": "fiction"},
}


class Genre(Enum):
    FICTION = "fiction"
    HISTORY = "history"
    SCIENCE = "science"


BookId = Annotated[int, Path(ge=1, description="A book's id")]


@app.get("/books/{book_id}")
def read_book(book_id: BookId):
    book = BOOKS.get(book_id)
    if book is None:
        raise HTTPException(status_code=404, detail="Book not found")
    return book


@app.get("/genres/{genre}/books")
def books_of_genre(genre: Genre):
    return [book for book in BOOKS.values() if book["genre"] == genre.value]
