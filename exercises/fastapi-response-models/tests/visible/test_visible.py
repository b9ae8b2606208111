from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_create_user():
    """POST /users answers 201 with id, username and email only."""
    response = client.post(
        "/users",
        json={"username": "ada", "email": "ada@example.com", "password": "analytical"},
    )
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "username", "email"}


def test_unknown_user():
    """GET /users/999 answers 404."""
    assert client.get("/users/999").status_code == 404
