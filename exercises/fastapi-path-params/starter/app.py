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


# TODO: GET /books/{book_id}
#   - book_id must be a whole number greater than 0 (else 422)
#   - unknown id -> 404 {"detail": "Book not found"}
@app.get("/books/{book_id}")
def read_book(book_id):
    return BOOKS.get(book_id)


# TODO: GET /genres/{genre}/books
#   - genre is one of fiction, history, science (anything else -> 422)
#   - answer the list of books of that genre
