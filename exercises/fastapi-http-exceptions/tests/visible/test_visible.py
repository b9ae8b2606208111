from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_read_book():
    """GET /books/1 answers 200 with id, title and available."""
    response = client.get("/books/1")
    assert response.status_code == 200
    assert response.json() == {"id": 1, "title": "Dune", "available": True}


def test_unknown_book():
    """GET /books/99 answers 404."""
    assert client.get("/books/99").status_code == 404
