from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def balance(name):
    return client.get(f"/accounts/{name}").json()["balance"]


def test_transfer_moves_money():
    """A successful transfer answers 201 and both balances change."""
    response = client.post("/transfers", json={"source": "carol", "target": "dave", "amount": 5})
    assert response.status_code == 201
    assert balance("carol") == 75
    assert balance("dave") == 15
