import pytest

from app import create_app


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    return app.test_client()


def test_create_and_read(client):
    """POST /bookmarks answers 201; GET /bookmarks/{id} answers the bookmark."""
    created = client.post("/bookmarks", json={"url": "https://flask.palletsprojects.com", "title": "Flask"})
    assert created.status_code == 201
    bookmark = created.get_json()
    assert client.get(f"/bookmarks/{bookmark['id']}").get_json() == bookmark
