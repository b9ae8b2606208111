from enum import StrEnum
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


class Genre(StrEnum):
    fiction = "fiction"
    history = "history"
    science = "science"


@app.get("/books/{book_id}")
def read_book(book_id: Annotated[int, Path(gt=0)]):
    if book_id not in BOOKS:
        raise HTTPException(status_code=404, detail="Book not found")
    return BOOKS[book_id]


@app.get("/genres/{genre}/books")
def books_of_genre(genre: str):
    if genre not in {"fiction", "history", "science"}:
        raise HTTPException(status_code=422, detail="Unknown genre")
    return [b for b in BOOKS.values() if b["genre"] == genre]
