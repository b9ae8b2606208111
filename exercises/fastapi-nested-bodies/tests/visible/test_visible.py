from fastapi.testclient import TestClient

from app import app

client = TestClient(app)

ORDER = {
    "customer": {"name": "Ada", "email": "ada@example.com"},
    "lines": [{"sku": "PEN-001", "quantity": 3, "unit_price": 1.5}],
}


def test_create_order():
    """POST /orders with a valid order answers 201 with an id and the total."""
    response = client.post("/orders", json=ORDER)
    assert response.status_code == 201
    assert response.json()["total"] == 4.5


def test_quantity_zero_is_rejected():
    """A line with quantity 0 answers 422."""
    bad = {**ORDER, "lines": [{"sku": "PEN-001", "quantity": 0, "unit_price": 1.5}]}
    response = client.post("/orders", json=bad)
    assert response.status_code == 422
