import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def test_order_answers_201(client):
    """POST /orders {"sku": "CHAIR", "quantity": 2} answers 201 with the sku, the quantity and how many are left."""
    before = client.post("/orders", json={"sku": "CHAIR", "quantity": 1}).json()["left"]
    response = client.post("/orders", json={"sku": "CHAIR", "quantity": 2})
    assert response.status_code == 201
    assert response.json() == {"sku": "CHAIR", "quantity": 2, "left": before - 2}


def test_out_of_stock_answers_409(client):
    """Ordering more than the stock answers 409 with {"error": {"code": "out_of_stock", "message": ...}}, the message saying how many are left."""
    response = client.post("/orders", json={"sku": "LAMP", "quantity": 50})
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "out_of_stock"
    assert "LAMP" in error["message"]


def test_out_of_stock_message_says_how_many_are_left(client):
    """The out_of_stock message says how many are left: ordering 5 DESKs when 1 is in stock names 1."""
    response = client.post("/orders", json={"sku": "DESK", "quantity": 5})
    assert response.status_code == 409
    assert "1" in response.json()["error"]["message"]


def test_unknown_product_uses_the_envelope(client):
    """Ordering an unknown SKU answers 404 with {"error": {"code": "not_found", "message": <the exception's detail, "No product SOFA">}}."""
    response = client.post("/orders", json={"sku": "SOFA", "quantity": 1})
    assert response.status_code == 404
    assert response.json() == {"error": {"code": "not_found", "message": "No product SOFA"}}


def test_unknown_url_uses_the_envelope(client):
    """GET /nothing-here (no such route) answers 404 with code "not_found" in the error envelope, not FastAPI's default {"detail": "Not Found"}."""
    response = client.get("/nothing-here")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_other_http_errors_keep_their_status(client):
    """POST /admin/restock raises HTTPException(403): it answers 403 with {"error": {"code": "http_error", "message": "Staff only"}}."""
    response = client.post("/admin/restock")
    assert response.status_code == 403
    assert response.json() == {"error": {"code": "http_error", "message": "Staff only"}}


@pytest.mark.parametrize(
    ("body", "fields"),
    [({"sku": "LAMP", "quantity": 0}, ["quantity"]), ({"quantity": "many"}, ["sku", "quantity"])],
    ids=["quantity-0", "two-bad-fields"],
)
def test_validation_errors_use_the_envelope(client, body, fields):
    """An invalid body answers 422 with {"error": {"code": "validation_failed", "message": ..., "fields": [...]}}, fields naming each field in error."""
    response = client.post("/orders", json=body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "validation_failed"
    assert sorted(error["fields"]) == sorted(fields)
