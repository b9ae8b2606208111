import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def test_hello_world(client):
    """GET /hello answers {"message": "Hello, World!"}."""
    response = client.get("/hello")
    assert response.status_code == 200
    assert response.get_json() == {"message": "Hello, World!"}


def test_hello_name(client):
    """GET /hello/Ada answers {"message": "Hello, Ada!"}."""
    response = client.get("/hello/Ada")
    assert response.status_code == 200
    assert response.get_json() == {"message": "Hello, Ada!"}
