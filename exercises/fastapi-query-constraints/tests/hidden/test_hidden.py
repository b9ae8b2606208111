import pytest
from fastapi.testclient import TestClient

from app import app

FIRST_FIVE = [
    {"id": 1, "title": "Fluent Python", "author": "Ramalho", "year": 2022},
    {"id": 2, "title": "Python Tricks", "author": "Bader", "year": 2017},
    {"id": 3, "title": "Clean Code", "author": "Martin", "year": 2008},
    {"id": 4, "title": "Designing Data-Intensive Applications", "author": "Kleppmann", "year": 2017},
    {"id": 5, "title": "The Pragmatic Programmer", "author": "Thomas", "year": 2019},
]


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def ids(response):
    return [book["id"] for book in response.json()["items"]]


def test_default_page(client):
    """GET /books without parameters answers 200 with {"total": 12, "items": [...]}: the first 5 books (ids 1-5), each as it is in BOOKS."""
    response = client.get("/books")
    assert response.status_code == 200
    assert response.json() == {"total": 12, "items": FIRST_FIVE}


def test_limit_and_offset_select_a_page(client):
    """GET /books?limit=3&offset=2 skips 2 books and answers the next 3 (ids 3, 4, 5); limit=20&offset=10 answers the last 2."""
    response = client.get("/books", params={"limit": 3, "offset": 2})
    assert response.status_code == 200
    assert ids(response) == [3, 4, 5]
    response = client.get("/books", params={"limit": 20, "offset": 10})
    assert ids(response) == [11, 12]


@pytest.mark.parametrize("q", ["PYTHON", "python", "Python"])
def test_search_ignores_case(client, q):
    """GET /books?q=... keeps every book whose title contains q in any case: python finds ids 1, 2, 6 and 10."""
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
    ("params", "expected"),
    [({"q": "co"}, [3]), ({"q": "x" * 50}, []), ({"limit": 1}, [1]), ({"limit": 20}, list(range(1, 13)))],
    ids=["q-2-characters", "q-50-characters", "limit-1", "limit-20"],
)
def test_limits_are_valid(client, params, expected):
    """The ends of each range are valid: q of 2 or of 50 characters, limit 1 or 20 (200)."""
    response = client.get("/books", params={"limit": 20, **params})
    assert response.status_code == 200
    assert ids(response) == expected


@pytest.mark.parametrize(
    ("params", "field", "error_type"),
    [
        ({"limit": 0}, "limit", {"greater_than_equal", "greater_than"}),
        ({"limit": 21}, "limit", {"less_than_equal", "less_than"}),
        ({"offset": -1}, "offset", {"greater_than_equal", "greater_than"}),
        ({"q": "a"}, "q", "string_too_short"),
        ({"q": "x" * 51}, "q", "string_too_long"),
        ({"limit": "ten"}, "limit", "int_parsing"),
        ({"offset": "2.5"}, "offset", "int_parsing"),
    ],
    ids=["limit-0", "limit-21", "offset-negative", "q-too-short", "q-too-long", "limit-not-a-number", "offset-not-whole"],
)
def test_out_of_range_values_answer_422(client, params, field, error_type):
    """A query value that breaks a rule (limit 1-20, offset 0 or more, q 2-50 characters, whole numbers only) answers 422, and FastAPI's error names that query parameter with Pydantic's error type."""
    response = client.get("/books", params=params)
    assert response.status_code == 422
    # Where two rules say the same thing (ge=1 or gt=0 for whole numbers), either error type is right.
    allowed = error_type if isinstance(error_type, set) else {error_type}
    found = {e["type"] for e in response.json()["detail"] if tuple(e["loc"]) == ("query", field)}
    assert found & allowed, f"errors for {field}: {found or 'none'}"
