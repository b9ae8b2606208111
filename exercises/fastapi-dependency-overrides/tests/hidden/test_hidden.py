import itertools
from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from app import app, get_mailer, get_now, new_invitation_id

START = datetime(2001, 1, 2, 3, 4, 5)


class FakeMailer:
    def __init__(self):
        self.sent = []

    def send(self, *, to, subject, body):
        # Keyword-only, as the instructions ask for keyword arguments.
        self.sent.append({"to": to, "subject": subject, "body": body})


class FakeClock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def fakes():
    """Replace the clock, the id generator and the mailer; undo it afterwards."""
    clock, mailer = FakeClock(START), FakeMailer()
    counter = itertools.count(1)
    prefix = f"test-{id(mailer)}"
    app.dependency_overrides[get_now] = clock
    app.dependency_overrides[new_invitation_id] = lambda: f"{prefix}-{next(counter)}"
    app.dependency_overrides[get_mailer] = lambda: mailer
    with TestClient(app) as client:
        yield client, clock, mailer, prefix
    app.dependency_overrides.clear()


def test_create_uses_clock_and_id(fakes):
    """POST /invitations takes its id from new_invitation_id and its time from get_now (both overridden): 201 with exactly {"id", "email", "created_at", "expires_at" = created_at + 7 days}."""
    client, _, _, prefix = fakes
    response = client.post("/invitations", json={"email": "ada@example.com"})
    assert response.status_code == 201
    assert response.json() == {
        "id": f"{prefix}-1",
        "email": "ada@example.com",
        "created_at": "2001-01-02T03:04:05",
        "expires_at": "2001-01-09T03:04:05",
    }


def test_mail_goes_through_get_mailer(fakes):
    """POST /invitations sends exactly one message through the mailer from get_mailer, with keyword arguments: to the email, subject "You're invited", body "Accept at /invitations/<id>"."""
    client, _, mailer, prefix = fakes
    client.post("/invitations", json={"email": "grace@example.com"})
    assert mailer.sent == [
        {"to": "grace@example.com", "subject": "You're invited", "body": f"Accept at /invitations/{prefix}-1"}
    ]


def test_bad_body_answers_422_and_sends_nothing(fakes):
    """POST /invitations without an email answers 422 naming ["body", "email"], and sends no message."""
    client, _, mailer, _ = fakes
    response = client.post("/invitations", json={"name": "Ada"})
    assert response.status_code == 422
    assert ["body", "email"] in [list(error["loc"]) for error in response.json()["detail"]]
    assert mailer.sent == []


@pytest.mark.parametrize(
    ("later", "expired"),
    [(timedelta(0), False), (timedelta(days=6, hours=23), False), (timedelta(days=7), True), (timedelta(days=30), True)],
    ids=["same-moment", "just-before-expiry", "at-expiry", "long-after"],
)
def test_read_reports_expiry_from_the_clock(fakes, later, expired):
    """GET /invitations/{id} answers 200 with the invitation and "expired", decided with the clock from get_now: false before expires_at, true from expires_at on."""
    client, clock, _, prefix = fakes
    client.post("/invitations", json={"email": "lin@example.com"})
    clock.now = START + later
    response = client.get(f"/invitations/{prefix}-1")
    assert response.status_code == 200
    assert response.json() == {
        "id": f"{prefix}-1",
        "email": "lin@example.com",
        "created_at": "2001-01-02T03:04:05",
        "expires_at": "2001-01-09T03:04:05",
        "expired": expired,
    }


def test_unknown_invitation_answers_404(fakes):
    """GET /invitations/<unknown id> answers 404 {"detail": "Invitation not found"}."""
    client, _, _, _ = fakes
    response = client.get("/invitations/nope-123")
    assert response.status_code == 404
    assert response.json() == {"detail": "Invitation not found"}


def test_real_providers_without_overrides():
    """Without overrides, POST /invitations answers an id "inv-" + 8 hex characters and records the message in the real mailer, and the invitation can be read back."""
    app.dependency_overrides.clear()
    client = TestClient(app)
    response = client.post("/invitations", json={"email": "real@example.com"})
    assert response.status_code == 201
    invitation_id = response.json()["id"]
    assert invitation_id.startswith("inv-") and len(invitation_id) == 12
    assert client.get(f"/invitations/{invitation_id}").json()["expired"] is False
