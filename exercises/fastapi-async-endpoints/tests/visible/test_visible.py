from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_rate_for_usd():
    """GET /rates/USD answers the rate."""
    response = client.get("/rates/USD")
    assert response.status_code == 200
    assert response.json() == {"code": "USD", "rate": 1.08}


def test_balance_for_ada():
    """GET /balance with X-Account: ada answers her balance in GBP."""
    response = client.get("/balance", headers={"X-Account": "ada"})
    assert response.status_code == 200
    assert response.json()["balance"] == 104.93
