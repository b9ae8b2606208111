from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_read_book():
    """GET /books/1 answers 200 with the book."""
    response = client.get("/books/1")
    assert response.status_code == 200
    assert response.json()["title"] == "Dune"


def test_books_of_genre():
    """GET /genres/history/books answers the history books."""
    response = client.get("/genres/history/books")
    assert response.status_code == 200
    assert [book["id"] for book in response.json()] == [2]
