import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def ids(response):
    return [row["id"] for row in response.json()["items"]]


@pytest.mark.parametrize(("path", "total"), [("/books", 25), ("/authors", 12)], ids=["books", "authors"])
def test_default_page(client, path, total):
    """Without parameters, GET /books and GET /authors answer 200 with the first 10 entries, the list's total, limit 10 and offset 0."""
    response = client.get(path)
    assert response.status_code == 200
    body = response.json()
    assert ids(response) == list(range(1, 11))
    assert (body["total"], body["limit"], body["offset"]) == (total, 10, 0)


@pytest.mark.parametrize("path", ["/books", "/authors"], ids=["books", "authors"])
def test_limit_and_offset_select_a_page(client, path):
    """?limit=3&offset=4 skips 4 entries and answers the next 3 (ids 5, 6, 7), on both endpoints."""
    response = client.get(path, params={"limit": 3, "offset": 4})
    assert response.status_code == 200
    assert ids(response) == [5, 6, 7]
    assert (response.json()["limit"], response.json()["offset"]) == (3, 4)


def test_page_past_the_end_is_empty(client):
    """An offset past the end of the list answers 200 with no items and the real total."""
    response = client.get("/authors", params={"offset": 40})
    assert response.status_code == 200
    assert ids(response) == []
    assert response.json()["total"] == 12


@pytest.mark.parametrize(
    ("path", "params", "field", "error_type"),
    [
        ("/books", {"limit": 0}, "limit", "greater_than_equal"),
        ("/books", {"limit": 51}, "limit", "less_than_equal"),
        ("/authors", {"limit": 0}, "limit", "greater_than_equal"),
        ("/authors", {"limit": 51}, "limit", "less_than_equal"),
        ("/authors", {"offset": -1}, "offset", "greater_than_equal"),
    ],
    ids=["books-limit-0", "books-limit-51", "authors-limit-0", "authors-limit-51", "authors-offset-negative"],
)
def test_rules_hold_on_both_endpoints(client, path, params, field, error_type):
    """limit must be 1-50 and offset 0 or more on both endpoints; a value out of range answers 422 with Pydantic's error type."""
    response = client.get(path, params=params)
    assert response.status_code == 422
    errors = {(tuple(e["loc"]), e["type"]) for e in response.json()["detail"]}
    assert (("query", field), error_type) in errors
