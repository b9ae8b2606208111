# An APIRouter with response_model= and status codes from fastapi.status.
from fastapi import APIRouter, FastAPI, HTTPException, Response, status
from pydantic import BaseModel, Field

BOOKS = {
    1: {"id": 1, "title": "Dune", "shelf_code": "F-HER-1", "on_loan_to": None},
    2: {"id": 2, "title": "SPQR", "shelf_code": "H-BEA-2", "on_loan_to": None},
    3: {"id": 3, "title": "Emma", "shelf_code": "F-AUS-1", "on_loan_to": None},
    4: {"id": 4, "title": "Cosmos", "shelf_code": "S-SAG-1", "on_loan_to": None},
    5: {"id": 5, "title": "Beloved", "shelf_code": "F-MOR-1",
        "on_loan_to": "grace"},
}

router = APIRouter(prefix="/books/{book_id}")


class PublicBook(BaseModel):
    id: int
    title: str
    available: bool


class Loan(BaseModel):
    member: str = Field(min_length=1, max_length=40)


def book_or_404(book_id: int) -> dict:
    book = BOOKS.get(book_id)
    if book is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Book not found")
    return book


@router.get("", response_model=PublicBook)
def read_book(book_id: int):
    book = book_or_404(book_id)
    return {"id": book["id"], "title": book["title"], "available": not book["on_loan_to"]}


@router.post("/loan", status_code=status.HTTP_201_CREATED)
def lend_book(book_id: int, loan: Loan):
    book = book_or_404(book_id)
    if book["on_loan_to"]:
        raise HTTPException(status.HTTP_409_CONFLICT, "Book is already on loan")
    book["on_loan_to"] = loan.member
    return {"book_id": book_id, "member": loan.member}


@router.delete("/loan")
def return_book(book_id: int):
    book = book_or_404(book_id)
    if not book["on_loan_to"]:
        raise HTTPException(status.HTTP_409_CONFLICT, "Book is not on loan")
    book["on_loan_to"] = None
    return Response(status_code=status.HTTP_204_NO_CONTENT)


app = FastAPI()
app.include_router(router)
