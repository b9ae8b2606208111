import pytest


def ids(response):
    return [item["id"] for item in response.json()["items"]]


def test_defaults_are_page_1_size_10(client):
    """GET /items without parameters answers 200 JSON {"page": 1, "size": 10, "items": [...]} with the first 10 items."""
    response = client.get("/items")
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "application/json"
    body = response.json()
    assert body["page"] == 1 and body["size"] == 10
    assert body["items"][0] == {"id": 1, "name": "Product 1"}
    assert ids(response) == list(range(1, 11))


@pytest.mark.parametrize(
    ("page", "size", "expected"),
    [
        (2, 5, [6, 7, 8, 9, 10]),
        (3, 10, [21, 22, 23]),
        (1, 50, list(range(1, 24))),
        (1, 1, [1]),
        (4, 10, []),
    ],
    ids=["page-2-of-5", "last-partial-page", "size-50", "size-1", "past-the-end"],
)
def test_pages_are_the_right_slice(client, page, size, expected):
    """GET /items?page=p&size=s answers items (p-1)*s+1 to p*s, echoes page and size, and answers an empty list past the end."""
    response = client.get("/items", params={"page": page, "size": size})
    assert response.status_code == 200
    assert response.json()["page"] == page
    assert response.json()["size"] == size
    assert ids(response) == expected


@pytest.mark.parametrize("params", [{}, {"page": 3, "size": 10}, {"page": 9}], ids=["first", "last", "past-the-end"])
def test_total_count_header(client, params):
    """Every page carries the header X-Total-Count: 23, the size of the whole list, not of the page."""
    response = client.get("/items", params=params)
    assert response.status_code == 200
    assert response.headers.get("x-total-count") == "23"


@pytest.mark.parametrize(
    ("params", "bad"),
    [
        ({"page": 0}, "page"),
        ({"page": -1}, "page"),
        ({"page": "abc"}, "page"),
        ({"size": 0}, "size"),
        ({"size": 51}, "size"),
        ({"size": "2.5"}, "size"),
        ({"page": "two", "size": 5}, "page"),
    ],
    ids=["page-0", "page-negative", "page-not-a-number", "size-0", "size-too-big", "size-not-whole", "page-bad-size-good"],
)
def test_bad_parameters_answer_422(client, params, bad):
    """A page below 1, a size outside 1-50 or a value that is not a whole number answers 422 JSON whose "detail" list names the parameter, e.g. {"loc": ["query", "size"], "msg": "..."} with a non-empty msg, in both frameworks."""
    response = client.get("/items", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"].split(";")[0] == "application/json"
    detail = response.json()["detail"]
    assert isinstance(detail, list)
    assert ["query", bad] in [list(error["loc"]) for error in detail]
    for error in detail:
        assert isinstance(error.get("msg"), str) and error["msg"].strip(), "each error has a non-empty msg"
