from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_signup_is_accepted():
    """POST /signups answers 202 Accepted with the email and "queued"."""
    response = client.post("/signups", json={"email": "visible@example.com", "name": "Vi"})
    assert response.status_code == 202
    assert response.json() == {"email": "visible@example.com", "status": "queued"}


def test_welcome_email_reaches_the_outbox():
    """After a sign-up, GET /outbox?to=<email> lists its welcome email."""
    client.post("/signups", json={"email": "outbox@example.com", "name": "Olu"})
    response = client.get("/outbox", params={"to": "outbox@example.com"})
    assert response.status_code == 200
    assert response.json() == {
        "messages": [{"to": "outbox@example.com", "subject": "Welcome, Olu!"}]
    }
