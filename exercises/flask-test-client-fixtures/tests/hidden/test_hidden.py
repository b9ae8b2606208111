from urllib.parse import urlsplit

import pytest

from app import app

KEY = {"X-API-Key": "let-me-in"}


@pytest.fixture
def client():
    return app.test_client()


@pytest.fixture
def bookmark(client):
    response = client.post(
        "/bookmarks",
        json={"url": "https://docs.pytest.org", "title": "pytest"},
        follow_redirects=True,
    )
    assert response.status_code == 200, "POST /bookmarks, followed, should end on 200"
    created = response.get_json()
    yield created
    client.delete(f"/bookmarks/{created['id']}", headers=KEY)


def test_create_answers_303_with_location(client):
    """POST /bookmarks answers 303 See Other with a Location header /bookmarks/<new id>, and GET on it finds the bookmark (title defaults to the url)."""
    response = client.post("/bookmarks", json={"url": "http://example.com"})
    assert response.status_code == 303
    location = urlsplit(response.headers.get("Location", "")).path
    assert location.startswith("/bookmarks/"), f"Location is {location!r}"
    found = client.get(location)
    assert found.status_code == 200
    assert found.get_json() == {
        "id": int(location.rsplit("/", 1)[1]),
        "url": "http://example.com",
        "title": "http://example.com",
    }


def test_following_the_redirect_lands_on_the_bookmark(client):
    """POST /bookmarks with follow_redirects=True makes one redirect and ends on GET /bookmarks/<id> with the new bookmark."""
    response = client.post(
        "/bookmarks",
        json={"url": "https://www.python.org", "title": "Python"},
        follow_redirects=True,
    )
    assert response.status_code == 200
    assert len(response.history) == 1
    body = response.get_json()
    assert isinstance(body, dict), "the redirect should lead to one bookmark, not the list"
    assert body["url"] == "https://www.python.org" and body["title"] == "Python"
    assert response.request.path == f"/bookmarks/{body['id']}"


def test_list_has_x_total_count(client, bookmark):
    """GET /bookmarks answers the list with an X-Total-Count header that matches it, and the count grows with each new bookmark."""
    response = client.get("/bookmarks")
    assert response.status_code == 200
    bookmarks = response.get_json()
    assert bookmark in bookmarks
    assert response.headers.get("X-Total-Count") == str(len(bookmarks))
    client.post("/bookmarks", json={"url": "https://example.net"})
    after = client.get("/bookmarks")
    assert after.headers.get("X-Total-Count") == str(len(bookmarks) + 1)
    assert after.get_json()[-1]["url"] == "https://example.net", "the list is oldest first: the newest bookmark is last"
    assert after.get_json()[0]["id"] == 1


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "guess"}],
    ids=["no-key", "wrong-key"],
)
def test_delete_needs_the_api_key(client, bookmark, headers):
    """DELETE /bookmarks/<id> without the X-API-Key header, or with a wrong key, answers 401 {"error": "missing or wrong API key"} and deletes nothing."""
    url = f"/bookmarks/{bookmark['id']}"
    response = client.delete(url, headers=headers)
    assert response.status_code == 401
    assert response.get_json() == {"error": "missing or wrong API key"}
    assert client.get(url).status_code == 200


def test_delete_with_the_key(client, bookmark):
    """DELETE /bookmarks/<id> with X-API-Key: let-me-in answers 204 with an empty body; afterwards GET and a second DELETE answer 404 {"error": "not found"}."""
    url = f"/bookmarks/{bookmark['id']}"
    response = client.delete(url, headers=KEY)
    assert response.status_code == 204
    assert response.data == b""
    for response in (client.get(url), client.delete(url, headers=KEY)):
        assert response.status_code == 404
        assert response.get_json() == {"error": "not found"}


@pytest.mark.parametrize(
    "body",
    [{"url": "ftp://example.org"}, {"url": "example.org"}, {"title": "no url"}],
    ids=["ftp", "no-scheme", "missing"],
)
def test_bad_url_answers_400(client, body):
    """POST /bookmarks whose url does not start with http:// or https:// answers 400 {"error": "url must start with http:// or https://"}."""
    response = client.post("/bookmarks", json=body)
    assert response.status_code == 400
    assert response.get_json() == {"error": "url must start with http:// or https://"}
