from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_sign_up():
    """POST /users with a valid body answers 201 with the username."""
    body = {"username": "grace", "password": "compiler1", "password_repeat": "compiler1"}
    response = client.post("/users", json=body)
    assert response.status_code == 201
    assert response.json() == {"username": "grace"}


def test_reserved_name():
    """The username "admin" is rejected with 422."""
    body = {"username": "admin", "password": "compiler1", "password_repeat": "compiler1"}
    response = client.post("/users", json=body)
    assert response.status_code == 422
