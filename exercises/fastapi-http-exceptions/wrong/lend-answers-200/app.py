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


class BookOut(BaseModel):
    id: int
    title: str
    available: bool


class LoanIn(BaseModel):
    member: Annotated[str, Field(min_length=1, max_length=40)]


class LoanOut(BaseModel):
    book_id: int
    member: str


def find_book(book_id: int) -> dict:
    if book_id not in BOOKS:
        raise HTTPException(status_code=404, detail="Book not found")
    return BOOKS[book_id]


@app.get("/books/{book_id}")
def read_book(book_id: int) -> BookOut:
    book = find_book(book_id)
    return BookOut(
        id=book["id"],
        title=book["title"],
        available=book["on_loan_to"] is None,
    )


@app.post("/books/{book_id}/loan")
def lend_book(book_id: int, loan: LoanIn) -> LoanOut:
    book = find_book(book_id)
    if book["on_loan_to"] is not None:
        raise HTTPException(status_code=409, detail="Book is already on loan")
    book["on_loan_to"] = loan.member
    return LoanOut(book_id=book_id, member=loan.member)


@app.delete("/books/{book_id}/loan", status_code=204)
def return_book(book_id: int) -> None:
    book = find_book(book_id)
    if book["on_loan_to"] is None:
        raise HTTPException(status_code=409, detail="Book is not on loan")
    book["on_loan_to"] = None
