import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def ids(response):
    """The ids of the entries on the page."""
    return [row["id"] for row in response.json()["items"]]


@pytest.mark.parametrize(("path", "total"), [("/books", 25), ("/authors", 12)], ids=["books", "authors"])
def test_default_page(client, path, total):
    """Without parameters, GET /books and GET /authors answer 200 with {"items": [...], "total": ..., "limit": 10, "offset": 0}: the first 10 entries and the length of the whole list."""
    response = client.get(path)
    assert response.status_code == 200
    body = response.json()
    assert sorted(body) == ["items", "limit", "offset", "total"]
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
        ("/books", {"limit": 0}, "limit", {"greater_than_equal", "greater_than"}),
        ("/books", {"limit": 51}, "limit", {"less_than_equal", "less_than"}),
        ("/books", {"offset": -1}, "offset", {"greater_than_equal", "greater_than"}),
        ("/books", {"limit": "ten"}, "limit", "int_parsing"),
        ("/authors", {"limit": 0}, "limit", {"greater_than_equal", "greater_than"}),
        ("/authors", {"limit": 51}, "limit", {"less_than_equal", "less_than"}),
        ("/authors", {"offset": -1}, "offset", {"greater_than_equal", "greater_than"}),
    ],
    ids=[
        "books-limit-0",
        "books-limit-51",
        "books-offset-negative",
        "books-limit-not-a-number",
        "authors-limit-0",
        "authors-limit-51",
        "authors-offset-negative",
    ],
)
def test_rules_hold_on_both_endpoints(client, path, params, field, error_type):
    """limit must be a whole number from 1 to 50 and offset 0 or more, on both endpoints; a value out of range answers 422 naming the query parameter, with Pydantic's error type."""
    response = client.get(path, params=params)
    assert response.status_code == 422
    # Where two rules say the same thing (ge=1 or gt=0 for whole numbers), either error type is right.
    allowed = error_type if isinstance(error_type, set) else {error_type}
    found = {e["type"] for e in response.json()["detail"] if tuple(e["loc"]) == ("query", field)}
    assert found & allowed, f"errors for {field}: {found or 'none'}"


@pytest.mark.parametrize("limit", [1, 50], ids=["limit-1", "limit-50"])
def test_limits_are_valid(client, limit):
    """The ends of the range are valid: limit 1 and limit 50 answer 200 with at most that many entries."""
    response = client.get("/books", params={"limit": limit})
    assert response.status_code == 200
    assert ids(response) == list(range(1, min(limit, 25) + 1))
