import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def ids(response):
    return [book["id"] for book in response.json()["items"]]


def test_default_page(client):
    """GET /books without parameters answers 200 with total 12 and the first 5 books (ids 1-5)."""
    response = client.get("/books")
    assert response.status_code == 200
    assert response.json()["total"] == 12
    assert ids(response) == [1, 2, 3, 4, 5]


def test_limit_and_offset_select_a_page(client):
    """GET /books?limit=3&offset=2 skips 2 books and answers the next 3 (ids 3, 4, 5)."""
    response = client.get("/books", params={"limit": 3, "offset": 2})
    assert response.status_code == 200
    assert ids(response) == [3, 4, 5]
    response = client.get("/books", params={"limit": 20, "offset": 10})
    assert ids(response) == [11, 12]


def test_search_ignores_case(client):
    """GET /books?q=PYTHON finds every title containing "python" in any case."""
    for q in ("PYTHON", "python", "Python"):
        response = client.get("/books", params={"q": q, "limit": 20})
        assert response.status_code == 200
        assert ids(response) == [1, 2, 6, 10]


def test_total_counts_every_match(client):
    """total counts all matching books, not only those on the page: ?q=python&limit=1 has total 4 and one item."""
    response = client.get("/books", params={"q": "python", "limit": 1})
    assert response.status_code == 200
    assert response.json()["total"] == 4
    assert ids(response) == [1]


@pytest.mark.parametrize(
    ("params", "field", "error_type"),
    [
        ({"limit": 0}, "limit", "greater_than_equal"),
        ({"limit": 21}, "limit", "less_than_equal"),
        ({"offset": -1}, "offset", "greater_than_equal"),
        ({"q": "a"}, "q", "string_too_short"),
        ({"q": "x" * 51}, "q", "string_too_long"),
        ({"limit": "ten"}, "limit", "int_parsing"),
    ],
    ids=["limit-0", "limit-21", "offset-negative", "q-too-short", "q-too-long", "limit-not-a-number"],
)
def test_out_of_range_values_answer_422(client, params, field, error_type):
    """A query value that breaks a rule (limit 1-20, offset >= 0, q 2-50 characters, numbers only) answers 422 with Pydantic's error type for that parameter."""
    response = client.get("/books", params=params)
    assert response.status_code == 422
    errors = {(tuple(e["loc"]), e["type"]) for e in response.json()["detail"]}
    assert (("query", field), error_type) in errors
