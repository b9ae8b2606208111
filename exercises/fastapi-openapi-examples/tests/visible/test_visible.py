from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_old_route_is_deprecated():
    """In /openapi.json, GET /book/{book_id} is marked deprecated."""
    schema = client.get("/openapi.json").json()
    assert schema["paths"]["/book/{book_id}"]["get"].get("deprecated") is True


def test_book_still_found():
    """GET /books/1 still answers 200 with the book."""
    assert client.get("/books/1").json() == {"id": 1, "title": "Emma", "pages": 474}
