from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_log_in_then_read_me():
    """Get tokens from POST /token (a form), then GET /users/me with the access token."""
    response = client.post("/token", data={"username": "ada", "password": "alice-secret-1"})
    assert response.status_code == 200
    token = response.json()["access_token"]
    me = client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json() == {"username": "ada"}


def test_garbled_token_answers_401():
    """A bearer token that is not a JWT answers 401 with WWW-Authenticate: Bearer."""
    response = client.get("/users/me", headers={"Authorization": "Bearer not-a-jwt"})
    assert response.status_code == 401
    assert response.headers.get("www-authenticate") == "Bearer"
