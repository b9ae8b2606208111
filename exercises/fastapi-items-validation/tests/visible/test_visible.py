from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_create_item():
    """POST /items with a valid body answers 201 and the item with its id."""
    response = client.post("/items", json={"name": "Lamp", "price": 19.5})
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Lamp"
    assert isinstance(body["id"], int)


def test_price_zero_is_rejected():
    """POST /items with price 0 answers 422."""
    response = client.post("/items", json={"name": "Lamp", "price": 0})
    assert response.status_code == 422
