from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_default_page():
    """GET /books answers the first 5 books and the total count."""
    response = client.get("/books")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 12
    assert [book["id"] for book in body["items"]] == [1, 2, 3, 4, 5]


def test_limit_zero_is_rejected():
    """GET /books?limit=0 answers 422."""
    response = client.get("/books", params={"limit": 0})
    assert response.status_code == 422
