import uuid

import pytest


def new_url():
    return f"https://example.org/{uuid.uuid4().hex}"


def test_create_answers_201(client):
    """POST /links answers 201 with the stored link and a new integer id."""
    url = new_url()
    response = client.post("/links", json={"url": url, "title": "Example"})
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body.pop("id"), int)
    assert body == {"url": url, "title": "Example"}


def test_read_link(client):
    """GET /links/{id} answers 200 with that link."""
    client.post("/links", json={"url": new_url(), "title": "First"})
    second = client.post("/links", json={"url": new_url(), "title": "Second"}).json()
    response = client.get(f"/links/{second['id']}")
    assert response.status_code == 200
    assert response.json() == second


def test_duplicate_url_answers_409(client):
    """A url that is saved already answers 409 {"detail": "Link already saved"}, keeps the saved link as it was, and the next new link is saved (201)."""
    url = new_url()
    saved = client.post("/links", json={"url": url, "title": "Original"}).json()
    response = client.post("/links", json={"url": url, "title": "Copy"})
    assert response.status_code == 409
    assert response.json() == {"detail": "Link already saved"}
    assert client.get(f"/links/{saved['id']}").json() == saved
    assert client.post("/links", json={"url": new_url(), "title": "Next"}).status_code == 201


@pytest.mark.parametrize(
    "body",
    [{"title": "No url"}, {"url": "https://example.org/no-title"}, {"url": 42, "title": "Number"}, {"url": "https://example.org/t", "title": ["A", "list"]}],
    ids=["no-url", "no-title", "url-not-a-string", "title-not-a-string"],
)
def test_invalid_link_answers_422(client, body):
    """A link whose url or title is missing or not a string answers 422 with a JSON object that has a "detail" key."""
    response = client.post("/links", json=body)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_unknown_link_answers_404(client):
    """GET /links/{id} for an unknown id answers 404 with the JSON {"detail": "Link not found"}."""
    response = client.get("/links/987654")
    assert response.status_code == 404
    assert response.headers["content-type"].split(";")[0] == "application/json"
    assert response.json() == {"detail": "Link not found"}


def test_delete_removes_the_link(client):
    """DELETE /links/{id} answers 204, and later requests no longer find the link."""
    link = client.post("/links", json={"url": new_url(), "title": "Temporary"}).json()
    response = client.delete(f"/links/{link['id']}")
    assert response.status_code == 204
    assert client.get(f"/links/{link['id']}").status_code == 404
