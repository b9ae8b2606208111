import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def error_types(response):
    """The (loc, type) pairs of a FastAPI 422 body, e.g. (("path", "book_id"), "int_parsing")."""
    return {(tuple(error["loc"]), error["type"]) for error in response.json()["detail"]}


@pytest.mark.parametrize(
    ("book_id", "book"),
    [
        (1, {"id": 1, "title": "Dune", "genre": "fiction"}),
        (5, {"id": 5, "title": "The Gene", "genre": "science"}),
    ],
    ids=["book-1", "book-5"],
)
def test_read_book(client, book_id, book):
    """GET /books/{book_id} answers 200 with that book as JSON, exactly as it is in BOOKS."""
    response = client.get(f"/books/{book_id}")
    assert response.status_code == 200
    assert response.json() == book


def test_unknown_book_answers_404(client):
    """GET /books/99 (a whole number, but no such book) answers 404 with {"detail": "Book not found"}."""
    response = client.get("/books/99")
    assert response.status_code == 404
    assert response.json() == {"detail": "Book not found"}


@pytest.mark.parametrize(
    ("raw", "error_types_allowed"),
    [
        ("abc", {"int_parsing"}),
        ("2.5", {"int_parsing"}),
        # Path(gt=0) and Path(ge=1) say the same thing for whole numbers.
        ("0", {"greater_than", "greater_than_equal"}),
        ("-4", {"greater_than", "greater_than_equal"}),
    ],
    ids=["word", "decimal", "zero", "negative"],
)
def test_impossible_ids_answer_422(client, raw, error_types_allowed):
    """A book id that is not a whole number above 0 (abc, 2.5, 0, -4) answers 422, and the error names the path parameter book_id with Pydantic's error type."""
    response = client.get(f"/books/{raw}")
    assert response.status_code == 422
    found = {kind for loc, kind in error_types(response) if loc == ("path", "book_id")}
    assert found & error_types_allowed, f"error types for book_id: {found}"


@pytest.mark.parametrize(
    ("genre", "expected"),
    [("fiction", [1, 4, 6]), ("science", [3, 5]), ("history", [2])],
    ids=["fiction", "science", "history"],
)
def test_books_of_genre(client, genre, expected):
    """GET /genres/{genre}/books answers 200 with a JSON list of that genre's books, in catalogue order (ids shown)."""
    response = client.get(f"/genres/{genre}/books")
    assert response.status_code == 200
    books = response.json()
    assert [book["id"] for book in books] == expected
    assert all(book["genre"] == genre for book in books)


@pytest.mark.parametrize("genre", ["cooking", "Fiction"])
def test_unknown_genre_answers_422(client, genre):
    """GET /genres/{genre}/books for anything but fiction, history or science answers 422 with the error type "enum" for the path parameter genre."""
    response = client.get(f"/genres/{genre}/books")
    assert response.status_code == 422
    assert (("path", "genre"), "enum") in error_types(response)


def test_docs_list_the_genres(client):
    """The API's documentation (/openapi.json) lists fiction, history and science as the allowed values of genre."""
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/genres/{genre}/books"]["get"]
    (parameter,) = [p for p in operation["parameters"] if p["name"] == "genre"]
    schema = parameter["schema"]
    # An Enum is described in components/schemas and referenced from the parameter.
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    assert sorted(schema.get("enum", [])) == ["fiction", "history", "science"]
