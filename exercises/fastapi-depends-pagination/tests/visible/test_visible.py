from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_books_default_page():
    """GET /books answers the first 10 books and total 25."""
    body = client.get("/books").json()
    assert [book["id"] for book in body["items"]] == list(range(1, 11))
    assert body["total"] == 25


def test_authors_paginated():
    """GET /authors?limit=2&offset=1 answers authors 2 and 3."""
    body = client.get("/authors", params={"limit": 2, "offset": 1}).json()
    assert [author["id"] for author in body["items"]] == [2, 3]
