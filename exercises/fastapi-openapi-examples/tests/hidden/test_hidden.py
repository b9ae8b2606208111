import pytest
from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def openapi():
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_tags_are_described():
    """The document's "tags" list describes "books" ("Browse and add books.") and "legacy" ("Old endpoints kept for existing clients."), and each route carries its tag."""
    schema = openapi()
    descriptions = {tag["name"]: tag.get("description") for tag in schema.get("tags", [])}
    assert descriptions.get("books") == "Browse and add books."
    assert descriptions.get("legacy") == "Old endpoints kept for existing clients."
    paths = schema["paths"]
    assert paths["/books/{book_id}"]["get"].get("tags") == ["books"]
    assert paths["/books"]["post"].get("tags") == ["books"]
    assert paths["/book/{book_id}"]["get"].get("tags") == ["legacy"]


@pytest.mark.parametrize("path", ["/book", "/books"], ids=["old", "new"])
def test_only_old_route_deprecated_and_both_work(path):
    """GET /book/{book_id} is deprecated in the document and GET /books/{book_id} is not; both still answer the book (200) and a missing one (404 {"detail": "Book not found"})."""
    operation = openapi()["paths"][path + "/{book_id}"]["get"]
    assert operation.get("deprecated", False) is (path == "/book")
    assert client.get(f"{path}/1").json() == {"id": 1, "title": "Emma", "pages": 474}
    missing = client.get(f"{path}/99")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Book not found"}


def test_internal_route_hidden_but_working():
    """GET /internal/stats is left out of the document but still answers 200 {"books": <count>}."""
    assert "/internal/stats" not in openapi()["paths"]
    response = client.get("/internal/stats")
    assert response.status_code == 200
    assert isinstance(response.json().get("books"), int)


def test_404_is_documented_with_message_model():
    """GET /books/{book_id} documents a 404 answer described "Book not found" whose JSON schema is the Message model."""
    schema = openapi()
    responses = schema["paths"]["/books/{book_id}"]["get"]["responses"]
    assert "404" in responses
    assert responses["404"].get("description") == "Book not found"
    body_schema = responses["404"]["content"]["application/json"]["schema"]
    assert body_schema.get("$ref", "").endswith("/Message")
    assert "detail" in schema["components"]["schemas"]["Message"]["properties"]


def test_post_body_has_paperback_example():
    """The body of POST /books has a named example "paperback" with the value {"title": "Dune", "pages": 412}, and posting that value answers 201."""
    body = openapi()["paths"]["/books"]["post"]["requestBody"]["content"]["application/json"]
    example = body.get("examples", {}).get("paperback", {})
    assert example.get("value") == {"title": "Dune", "pages": 412}
    response = client.post("/books", json=example["value"])
    assert response.status_code == 201
    assert response.json()["title"] == "Dune"
