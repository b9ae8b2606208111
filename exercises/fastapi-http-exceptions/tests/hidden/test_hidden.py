import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def test_book_shows_only_public_fields(client):
    """GET /books/{id} answers 200 with exactly id, title and available: no shelf_code, no borrower's name."""
    response = client.get("/books/5")
    assert response.status_code == 200
    assert response.json() == {"id": 5, "title": "Beloved", "available": False}


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/books/99"), ("POST", "/books/99/loan"), ("DELETE", "/books/99/loan")],
    ids=["read", "lend", "return"],
)
def test_unknown_book_answers_404(client, method, path):
    """Every request for a book that does not exist answers 404 with {"detail": "Book not found"}."""
    kwargs = {"json": {"member": "ada"}} if method == "POST" else {}
    response = client.request(method, path, **kwargs)
    assert response.status_code == 404
    assert response.json() == {"detail": "Book not found"}


def test_lending_answers_201(client):
    """POST /books/{id}/loan with {"member": "ada"} answers 201 with {"book_id": id, "member": "ada"}, and the book is then not available."""
    response = client.post("/books/2/loan", json={"member": "ada"})
    assert response.status_code == 201
    assert response.json() == {"book_id": 2, "member": "ada"}
    assert client.get("/books/2").json()["available"] is False


def test_lending_a_lent_book_is_a_conflict(client):
    """Lending a book that is already on loan answers 409 with {"detail": "Book is already on loan"}."""
    client.post("/books/3/loan", json={"member": "ada"})
    response = client.post("/books/3/loan", json={"member": "linus"})
    assert response.status_code == 409
    assert response.json() == {"detail": "Book is already on loan"}


def test_returning_answers_204_and_frees_the_book(client):
    """DELETE /books/{id}/loan answers 204 with an empty body, and the book is available again; returning it twice answers 409."""
    client.post("/books/4/loan", json={"member": "ada"})
    response = client.delete("/books/4/loan")
    assert response.status_code == 204
    assert response.content == b""
    assert client.get("/books/4").json()["available"] is True
    again = client.delete("/books/4/loan")
    assert again.status_code == 409
    assert again.json() == {"detail": "Book is not on loan"}


@pytest.mark.parametrize("member", ["", "m" * 41], ids=["empty", "41-characters"])
def test_member_is_validated(client, member):
    """POST /books/{id}/loan with a member name that is not 1 to 40 characters answers 422, and the book stays available."""
    response = client.post("/books/1/loan", json={"member": member})
    assert response.status_code == 422
    assert client.get("/books/1").json()["available"] is True
