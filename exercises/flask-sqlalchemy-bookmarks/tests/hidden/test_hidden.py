import pytest

from app import create_app

FLASK = {"url": "https://flask.palletsprojects.com", "title": "Flask"}
DOCS = {"url": "https://docs.sqlalchemy.org", "title": "SQLAlchemy"}


def new_client():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    return app.test_client()


@pytest.fixture
def client():
    return new_client()


def test_create_answers_201(client):
    """POST /bookmarks answers 201 with the stored bookmark and its id (1 in a new database)."""
    response = client.post("/bookmarks", json=FLASK)
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, **FLASK}


def test_each_app_has_its_own_database():
    """Two apps made by create_app with an in-memory database URI do not share bookmarks."""
    first = new_client()
    assert first.post("/bookmarks", json=FLASK).status_code == 201
    second = new_client()
    assert second.get("/bookmarks").get_json() == [], "a new app starts with an empty database"


@pytest.mark.parametrize(
    "body",
    [{"title": "Flask"}, {"url": "https://flask.palletsprojects.com"}, {"url": "", "title": "Flask"}, {"url": "https://a.example", "title": ""}],
    ids=["no-url", "no-title", "empty-url", "empty-title"],
)
def test_invalid_bookmark_answers_422(client, body):
    """A bookmark whose url or title is missing or empty answers 422 with a "detail" key and is not stored."""
    response = client.post("/bookmarks", json=body)
    assert response.status_code == 422
    assert "detail" in response.get_json()
    assert client.get("/bookmarks").get_json() == []


def test_read_bookmark(client):
    """GET /bookmarks/{id} answers 200 with that bookmark."""
    client.post("/bookmarks", json=FLASK)
    second = client.post("/bookmarks", json=DOCS).get_json()
    response = client.get(f"/bookmarks/{second['id']}")
    assert response.status_code == 200
    assert response.get_json() == second


def test_list_oldest_first(client):
    """GET /bookmarks answers every bookmark, oldest first."""
    first = client.post("/bookmarks", json=FLASK).get_json()
    second = client.post("/bookmarks", json=DOCS).get_json()
    response = client.get("/bookmarks")
    assert response.status_code == 200
    assert response.get_json() == [first, second]


@pytest.mark.parametrize("method", ["get", "delete"])
def test_unknown_bookmark_answers_404(client, method):
    """GET or DELETE /bookmarks/{id} for an unknown id answers 404 with the JSON {"detail": "Bookmark not found"}."""
    response = client.open("/bookmarks/99", method=method.upper())
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert response.get_json() == {"detail": "Bookmark not found"}


def test_delete_removes_the_bookmark(client):
    """DELETE /bookmarks/{id} answers 204, and later requests no longer find the bookmark: the delete was committed."""
    kept = client.post("/bookmarks", json=FLASK).get_json()
    gone = client.post("/bookmarks", json=DOCS).get_json()
    response = client.delete(f"/bookmarks/{gone['id']}")
    assert response.status_code == 204
    assert client.get(f"/bookmarks/{gone['id']}").status_code == 404
    assert client.get("/bookmarks").get_json() == [kept]
