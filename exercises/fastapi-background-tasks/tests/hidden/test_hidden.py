import uuid

import pytest
from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def fresh_email():
    """An address no other test has used."""
    return f"user-{uuid.uuid4().hex[:10]}@example.com"


def messages_to(email):
    response = client.get("/outbox", params={"to": email})
    assert response.status_code == 200
    return response.json()["messages"]


def test_signup_answers_202_queued():
    """POST /signups answers 202 Accepted (not 200 or 201) with {"email": ..., "status": "queued"}."""
    email = fresh_email()
    response = client.post("/signups", json={"email": email, "name": "Ada"})
    assert response.status_code == 202
    assert response.json() == {"email": email, "status": "queued"}


def test_background_task_sends_the_welcome_email():
    """The welcome email is queued on the BackgroundTasks FastAPI passes in, so it is in the outbox once the request is done: exactly one message {"to": <email>, "subject": "Welcome, <name>!"}."""
    email = fresh_email()
    client.post("/signups", json={"email": email, "name": "Grace Hopper"})
    assert messages_to(email) == [{"to": email, "subject": "Welcome, Grace Hopper!"}]


def test_duplicate_signup_answers_409_without_second_email():
    """Signing up twice with the same email answers 409 {"detail": "Already signed up"} the second time, and only one welcome email is sent."""
    email = fresh_email()
    first = client.post("/signups", json={"email": email, "name": "Lin"})
    assert first.status_code == 202
    second = client.post("/signups", json={"email": email, "name": "Lin"})
    assert second.status_code == 409
    assert second.json() == {"detail": "Already signed up"}
    assert len(messages_to(email)) == 1


@pytest.mark.parametrize(
    "body",
    [{"email": "x"}, {"email": "x", "name": ""}],
    ids=["missing-name", "empty-name"],
)
def test_bad_body_answers_422_and_sends_nothing(body):
    """A sign-up without a name, or with an empty one, answers 422 naming ["body", "name"], and no email is sent to that address."""
    email = fresh_email()
    response = client.post("/signups", json={**body, "email": email})
    assert response.status_code == 422
    assert ["body", "name"] in [list(e["loc"]) for e in response.json()["detail"]]
    assert messages_to(email) == []


def test_outbox_filters_by_recipient():
    """GET /outbox?to=<email> lists only that address's messages; without `to` it lists every message, including both addresses', oldest first."""
    first, second = fresh_email(), fresh_email()
    client.post("/signups", json={"email": first, "name": "One"})
    client.post("/signups", json={"email": second, "name": "Two"})
    assert messages_to(first) == [{"to": first, "subject": "Welcome, One!"}]
    everything = client.get("/outbox").json()["messages"]
    assert {"to": first, "subject": "Welcome, One!"} in everything
    assert {"to": second, "subject": "Welcome, Two!"} in everything
    assert everything.index({"to": first, "subject": "Welcome, One!"}) < everything.index({"to": second, "subject": "Welcome, Two!"}), "the outbox is oldest first"
