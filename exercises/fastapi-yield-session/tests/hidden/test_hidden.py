import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def balance(client, name):
    response = client.get(f"/accounts/{name}")
    assert response.status_code == 200
    return response.json()["balance"]


def test_read_account(client):
    """GET /accounts/{name} answers 200 with {"name": ..., "balance": ...}; an unknown name answers 404."""
    response = client.get("/accounts/frank")
    assert response.status_code == 200
    assert response.json() == {"name": "frank", "balance": 0}
    assert client.get("/accounts/zoe").status_code == 404


def test_transfer_is_saved(client):
    """POST /transfers answers 201 and the money has moved for later requests: the session was committed."""
    before = balance(client, "alice"), balance(client, "bob")
    response = client.post("/transfers", json={"source": "alice", "target": "bob", "amount": 30})
    assert response.status_code == 201
    assert (balance(client, "alice"), balance(client, "bob")) == (before[0] - 30, before[1] + 30)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"source": "erin", "target": "nobody", "amount": 20}, 404),
        ({"source": "erin", "target": "bob", "amount": 5000}, 409),
    ],
    ids=["unknown-target", "insufficient-funds"],
)
def test_failed_transfer_changes_nothing(client, body, status):
    """A transfer that fails (404 unknown target, 409 not enough money) changes no balance: the session was rolled back."""
    before = balance(client, "erin"), balance(client, "bob")
    response = client.post("/transfers", json=body)
    assert response.status_code == status
    assert (balance(client, "erin"), balance(client, "bob")) == before


@pytest.mark.parametrize("amount", [0, -10], ids=["zero", "negative"])
def test_amount_must_be_positive(client, amount):
    """An amount of 0 or less answers 422 and moves nothing."""
    before = balance(client, "carol")
    response = client.post("/transfers", json={"source": "carol", "target": "bob", "amount": amount})
    assert response.status_code == 422
    assert balance(client, "carol") == before
