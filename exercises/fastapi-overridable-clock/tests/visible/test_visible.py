from datetime import datetime

from fastapi.testclient import TestClient

from app import app, get_now

client = TestClient(app)


def test_morning_greeting():
    """At 8:00, GET /greeting says good morning."""
    app.dependency_overrides[get_now] = lambda: datetime(2026, 3, 2, 8, 0)
    try:
        response = client.get("/greeting")
    finally:
        app.dependency_overrides.clear()
    assert response.json() == {"greeting": "Good morning", "hour": 8}
