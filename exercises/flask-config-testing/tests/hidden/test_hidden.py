import pytest

from app import create_app


def make_client(config=None):
    return create_app(config).test_client()


def add(client, *names):
    for name in names:
        response = client.post("/items", json={"name": name})
        assert response.status_code == 201, f"POST /items {name!r} answered {response.status_code}"


def page(client, number):
    response = client.get("/items", query_string={"page": number})
    assert response.status_code == 200
    body = response.get_json()
    return [item["name"] for item in body["items"]], body["page"], body["pages"]


@pytest.fixture
def default_client():
    return make_client()


def test_default_page_size_is_10(default_client):
    """Without config, a page holds 10 items: 12 items make 2 pages, and page 2 holds the last two."""
    add(default_client, *[f"item {n}" for n in range(1, 13)])
    names, number, pages = page(default_client, 1)
    assert (len(names), number, pages) == (10, 1, 2)
    assert page(default_client, 2) == (["item 11", "item 12"], 2, 2)


def test_page_size_from_config():
    """With {"PAGE_SIZE": 2}, five items make 3 pages; a page past the last is empty; ?page=0 answers 400."""
    client = make_client({"PAGE_SIZE": 2})
    add(client, "a", "b", "c", "d", "e")
    assert page(client, 2) == (["c", "d"], 2, 3)
    assert page(client, 3) == (["e"], 3, 3)
    assert page(client, 4) == ([], 4, 3)
    for bad in ("0", "abc"):
        response = client.get(f"/items?page={bad}")
        assert response.status_code == 400, f"?page={bad}"
        assert response.get_json() == {"error": "page must be a whole number from 1"}


def test_page_defaults_to_1(default_client):
    """GET /items without page answers page 1."""
    add(default_client, "first")
    response = default_client.get("/items")
    assert response.status_code == 200
    assert response.get_json() == {"items": [{"id": 1, "name": "first"}], "page": 1, "pages": 1}


def test_default_max_items_is_100(default_client):
    """Without config, the app stores 100 items and refuses the 101st with 409 {"error": "item limit reached"}."""
    add(default_client, *[f"item {n}" for n in range(100)])
    response = default_client.post("/items", json={"name": "one too many"})
    assert response.status_code == 409
    assert response.get_json() == {"error": "item limit reached"}


def test_create_answers_201_with_the_item(default_client):
    """POST /items {"name": "lamp"} answers 201 {"id": 1, "name": "lamp"} on a fresh app."""
    response = default_client.post("/items", json={"name": "lamp"})
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "name": "lamp"}


@pytest.mark.parametrize("body", [{}, {"name": "  "}, {"name": 7}], ids=["missing", "blank", "number"])
def test_name_is_required(default_client, body):
    """POST /items without a non-blank string name answers 400 {"error": "name is required"} and stores nothing."""
    response = default_client.post("/items", json=body)
    assert response.status_code == 400
    assert response.get_json() == {"error": "name is required"}
    assert page(default_client, 1) == ([], 1, 1)


def test_max_items_and_read_only_from_config():
    """With {"MAX_ITEMS": 2} the third POST answers 409 {"error": "item limit reached"}; with {"READ_ONLY": True} every POST answers 403 {"error": "read-only"}."""
    client = make_client({"MAX_ITEMS": 2})
    add(client, "a", "b")
    response = client.post("/items", json={"name": "c"})
    assert response.status_code == 409
    assert response.get_json() == {"error": "item limit reached"}

    client = make_client({"READ_ONLY": True})
    response = client.post("/items", json={"name": "a"})
    assert response.status_code == 403
    assert response.get_json() == {"error": "read-only"}
    assert page(client, 1) == ([], 1, 1)


def test_apps_do_not_share_items():
    """Two apps made by create_app() each have their own items, numbered from 1."""
    first, second = make_client(), make_client()
    add(first, "only in the first")
    assert page(second, 1) == ([], 1, 1)
    response = second.post("/items", json={"name": "only in the second"})
    assert response.get_json() == {"id": 1, "name": "only in the second"}
    assert page(first, 1)[0] == ["only in the first"]


def test_reset_route_only_when_testing():
    """With {"TESTING": True}, POST /_reset answers 204 and empties the list; an app whose TESTING is false has no /_reset (404)."""
    client = make_client({"TESTING": True})
    add(client, "a", "b")
    response = client.post("/_reset")
    assert response.status_code == 204
    assert response.data == b""
    assert page(client, 1) == ([], 1, 1)
    assert client.post("/items", json={"name": "c"}).get_json()["id"] == 1

    assert make_client().post("/_reset").status_code == 404
