from typing import Annotated

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

BOOKS = {
    1: {"id": 1, "title": "Dune", "shelf_code": "F-HER-1", "on_loan_to": None},
    2: {"id": 2, "title": "SPQR", "shelf_code": "H-BEA-2", "on_loan_to": None},
    3: {"id": 3, "title": "Emma", "shelf_code": "F-AUS-1", "on_loan_to": None},
    4: {"id": 4, "title": "Cosmos", "shelf_code": "S-SAG-1", "on_loan_to": None},
    5: {"id": 5, "title": "Beloved", "shelf_code": "F-MOR-1",
        "on_loan_to": "grace"},
}


class LoanIn(BaseModel):
    member: Annotated[str, Field(min_length=1, max_length=40)]


# TODO: a response model, so that only id, title and available are sent.
@app.get("/books/{book_id}")
def read_book(book_id: int):
    # TODO: 404 {"detail": "Book not found"} for an unknown id
    return BOOKS.get(book_id)


# TODO: POST /books/{book_id}/loan -> 201 {"book_id": ..., "member": ...}
#       404 unknown book, 409 "Book is already on loan"


# TODO: DELETE /books/{book_id}/loan -> 204, no body
#       404 unknown book, 409 "Book is not on loan"
