import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def test_currencies_are_listed(client):
    """GET /currencies answers 200 {"currencies": ["GBP", "JPY", "USD"]}."""
    response = client.get("/currencies")
    assert response.status_code == 200
    assert response.json() == {"currencies": ["GBP", "JPY", "USD"]}


@pytest.mark.parametrize(
    ("code", "expected"),
    [("GBP", {"code": "GBP", "rate": 0.85}), ("jpy", {"code": "JPY", "rate": 162.0})],
    ids=["upper-case", "lower-case"],
)
def test_known_rates(client, code, expected):
    """GET /rates/{code} answers 200 with the upper-case code and its rate, whatever the case of the code in the URL."""
    response = client.get(f"/rates/{code}")
    assert response.status_code == 200
    assert response.json() == expected


def test_unknown_currency_answers_404(client):
    """GET /rates/XYZ answers 404 {"detail": "Unknown currency"}, not a rate of null."""
    response = client.get("/rates/XYZ")
    assert response.status_code == 404
    assert response.json() == {"detail": "Unknown currency"}


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        ("ada", {"account": "ada", "currency": "GBP", "balance": 104.93}),
        ("linus", {"account": "linus", "currency": "JPY", "balance": 1620.0}),
    ],
    ids=["ada", "linus"],
)
def test_balance_in_the_account_currency(client, account, expected):
    """GET /balance with X-Account: <name> answers that account's balance converted into its own currency, rounded to 2 decimals."""
    response = client.get("/balance", headers={"X-Account": account})
    assert response.status_code == 200
    assert response.json() == expected


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-Account": "mallory"}, {"X-Account": ""}],
    ids=["no-header", "unknown-account", "empty-header"],
)
def test_balance_needs_a_known_account(client, headers):
    """GET /balance without X-Account, or with an account that does not exist, answers 401 {"detail": "Unknown account"}."""
    response = client.get("/balance", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unknown account"}
