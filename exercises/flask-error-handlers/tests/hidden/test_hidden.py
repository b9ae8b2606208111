import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def test_read_book_by_integer_id(client):
    """GET /books/2 answers 200 with that book as JSON."""
    response = client.get("/books/2")
    assert response.status_code == 200
    assert response.get_json() == {"id": 2, "title": "Beloved", "year": 1987}


@pytest.mark.parametrize(
    "path",
    ["/books/999", "/books/abc", "/nowhere"],
    ids=["missing-book", "id-not-an-int", "unknown-url"],
)
def test_not_found_is_json(client, path):
    """A missing book, an id that is not an integer and an unknown URL all answer 404 with the JSON body {"error": "not found"}."""
    response = client.get(path)
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": "not found"}


def test_wrong_method_is_json_405(client):
    """A method the route does not allow (DELETE /books/1) answers 405 with the JSON body {"error": "method not allowed"}."""
    response = client.delete("/books/1")
    assert response.status_code == 405
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": "method not allowed"}


def test_create_book_answers_201_with_location(client):
    """POST /books answers 201 with the new book and a Location header pointing at it; GET on that URL finds it."""
    response = client.post("/books", json={"title": "Emma", "year": 1815})
    assert response.status_code == 201
    book = response.get_json()
    assert book["title"] == "Emma" and book["year"] == 1815
    assert isinstance(book["id"], int)
    assert response.headers.get("Location") == f"/books/{book['id']}"
    assert client.get(f"/books/{book['id']}").get_json() == book


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"data": "Emma", "content_type": "text/plain"}, "body must be a JSON object"),
        ({"data": '{"title": ', "content_type": "application/json"}, "body must be a JSON object"),
        ({"json": ["Emma", 1815]}, "body must be a JSON object"),
        ({"json": {"year": 1815}}, "title is required"),
        ({"json": {"title": "  "}}, "title is required"),
        ({"json": {"title": 1984}}, "title is required"),
    ],
    ids=["plain-text", "broken-json", "json-list", "no-title", "blank-title", "number-title"],
)
def test_bad_bodies_answer_400(client, kwargs, error):
    """POST /books with a body that is not a JSON object answers 400 {"error": "body must be a JSON object"}; without a non-blank title, 400 {"error": "title is required"}."""
    response = client.post("/books", **kwargs)
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": error}


def test_year_is_optional(client):
    """POST /books without a year answers 201 with "year": null."""
    response = client.post("/books", json={"title": "Untitled"})
    assert response.status_code == 201
    assert response.get_json()["year"] is None
    assert response.get_json()["title"] == "Untitled"
