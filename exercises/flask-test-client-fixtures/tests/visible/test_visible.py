import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def test_list_has_total_count(client):
    """GET /bookmarks answers 200 with an X-Total-Count header."""
    response = client.get("/bookmarks")
    assert response.status_code == 200
    assert response.headers.get("X-Total-Count") == str(len(response.get_json()))


def test_create_redirects(client):
    """POST /bookmarks answers 303 with a Location header."""
    response = client.post("/bookmarks", json={"url": "https://example.org"})
    assert response.status_code == 303
    assert response.headers.get("Location", "").startswith("/bookmarks/")
