from app import app

client = app.test_client()


def test_read_a_book():
    """GET /books/1 answers 200 with the book."""
    response = client.get("/books/1")
    assert response.status_code == 200
    assert response.get_json()["title"] == "Dune"


def test_missing_book_is_json():
    """GET /books/999 answers 404 as JSON."""
    response = client.get("/books/999")
    assert response.status_code == 404
    assert response.get_json() == {"error": "not found"}
