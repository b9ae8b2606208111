from fastapi.testclient import TestClient

from app import app


def test_order_lowers_the_stock():
    """A placed order answers 201 and lowers the stock."""
    with TestClient(app) as client:
        before = client.get("/products/pen").json()["stock"]
        response = client.post("/orders", json={"lines": [{"sku": "pen", "quantity": 3}]})
        assert response.status_code == 201
        assert client.get("/products/pen").json()["stock"] == before - 3
