from datetime import datetime

from fastapi.testclient import TestClient

from app import app, get_now

client = TestClient(app)


def test_created_at_comes_from_the_clock():
    """With get_now overridden, POST /invitations answers 201 with that time."""
    app.dependency_overrides[get_now] = lambda: datetime(2030, 1, 2, 3, 4, 5)
    try:
        response = client.post("/invitations", json={"email": "vis@example.com"})
    finally:
        app.dependency_overrides.clear()
    assert response.status_code == 201
    assert response.json()["created_at"] == "2030-01-02T03:04:05"
    assert response.json()["expires_at"] == "2030-01-09T03:04:05"
