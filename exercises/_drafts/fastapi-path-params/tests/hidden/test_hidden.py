import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def error_types(response):
    return {(tuple(e["loc"]), e["type"]) for e in response.json()["detail"]}


@pytest.mark.parametrize(("book_id", "title"), [(1, "Dune"), (5, "The Gene")], ids=["book-1", "book-5"])
def test_read_book(client, book_id, title):
    """GET /books/{book_id} answers 200 with that book as JSON."""
    response = client.get(f"/books/{book_id}")
    assert response.status_code == 200
    assert response.json()["id"] == book_id
    assert response.json()["title"] == title


def test_unknown_book_answers_404(client):
    """GET /books/99 (a whole number, but no such book) answers 404 with {"detail": "Book not found"}."""
    response = client.get("/books/99")
    assert response.status_code == 404
    assert response.json() == {"detail": "Book not found"}


@pytest.mark.parametrize(
    ("raw", "error_type"),
    [("abc", "int_parsing"), ("2.5", "int_parsing"), ("0", "greater_than"), ("-4", "greater_than")],
    ids=["word", "decimal", "zero", "negative"],
)
def test_impossible_ids_answer_422(client, raw, error_type):
    """A book id that is not a whole number above 0 answers 422, with Pydantic's error type for path parameter book_id."""
    response = client.get(f"/books/{raw}")
    assert response.status_code == 422
    assert (("path", "book_id"), error_type) in error_types(response)


@pytest.mark.parametrize(
    ("genre", "expected"),
    [("fiction", [1, 4, 6]), ("science", [3, 5]), ("history", [2])],
    ids=["fiction", "science", "history"],
)
def test_books_of_genre(client, genre, expected):
    """GET /genres/{genre}/books answers 200 with the ids of that genre's books, in catalogue order."""
    response = client.get(f"/genres/{genre}/books")
    assert response.status_code == 200
    assert [book["id"] for book in response.json()] == expected


@pytest.mark.parametrize("genre", ["cooking", "Fiction"])
def test_unknown_genre_answers_422(client, genre):
    """GET /genres/{genre}/books for anything but fiction, history or science answers 422 with the error type "enum"."""
    response = client.get(f"/genres/{genre}/books")
    assert response.status_code == 422
    assert (("path", "genre"), "enum") in error_types(response)
