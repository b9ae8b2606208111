from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_token_and_me():
    """Get a token from POST /token (a form), then GET /users/me."""
    response = client.post("/token", data={"username": "ada", "password": "alice-secret-1"})
    assert response.status_code == 200
    token = response.json()["access_token"]
    me = client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["username"] == "ada"
