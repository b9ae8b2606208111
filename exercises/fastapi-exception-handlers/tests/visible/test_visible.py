from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_order_answers_201():
    """POST /orders for a product in stock answers 201."""
    response = client.post("/orders", json={"sku": "CHAIR", "quantity": 2})
    assert response.status_code == 201


def test_out_of_stock():
    """Ordering more than the stock answers 409 with code "out_of_stock"."""
    response = client.post("/orders", json={"sku": "DESK", "quantity": 5})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "out_of_stock"
