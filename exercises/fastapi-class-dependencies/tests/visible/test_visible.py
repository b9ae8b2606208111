from fastapi.testclient import TestClient

from app import app

client = TestClient(app)
KEY = {"X-API-Key": "demo-key-123"}


def test_first_page_of_products():
    """GET /products with the demo key answers 200 with the first 10 products."""
    response = client.get("/products", headers=KEY)
    assert response.status_code == 200
    body = response.json()
    assert body["client"] == "demo"
    assert len(body["items"]) == 10


def test_no_key_is_rejected():
    """GET /products without an X-API-Key header answers 401."""
    assert client.get("/products").status_code == 401
