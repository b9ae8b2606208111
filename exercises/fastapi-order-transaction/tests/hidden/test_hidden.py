import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def stock(client, sku):
    response = client.get(f"/products/{sku}")
    assert response.status_code == 200
    return response.json()["stock"]


def test_order_lowers_every_stock(client):
    """POST /orders answers 201 with the order as sent, and each product's stock went down by its quantity: the order was saved."""
    before = stock(client, "pen"), stock(client, "ink")
    order = {"lines": [{"sku": "pen", "quantity": 2}, {"sku": "ink", "quantity": 1}]}
    response = client.post("/orders", json=order)
    assert response.status_code == 201
    assert response.json() == order
    assert (stock(client, "pen"), stock(client, "ink")) == (before[0] - 2, before[1] - 1)


@pytest.mark.parametrize(
    ("last_line", "status", "detail"),
    [
        ({"sku": "nope", "quantity": 1}, 404, "Unknown product: nope"),
        ({"sku": "tape", "quantity": 1}, 409, "Not enough stock: tape"),
    ],
    ids=["unknown-product-last", "short-stock-last"],
)
def test_failed_order_changes_nothing(client, last_line, status, detail):
    """An order whose last line fails (unknown product 404, not enough stock 409) answers the error, and the lines before it changed no stock."""
    before = stock(client, "pen"), stock(client, "ink")
    order = {"lines": [{"sku": "pen", "quantity": 1}, {"sku": "ink", "quantity": 1}, last_line]}
    response = client.post("/orders", json=order)
    assert response.status_code == status
    assert response.json() == {"detail": detail}
    assert (stock(client, "pen"), stock(client, "ink")) == before, "a failed order changes no stock"


def test_more_than_the_stock_answers_409(client):
    """Asking for one more than a product's stock answers 409; asking for exactly its stock is fine (201) and leaves 0."""
    left = stock(client, "pad")
    response = client.post("/orders", json={"lines": [{"sku": "pad", "quantity": left + 1}]})
    assert response.status_code == 409
    assert response.json() == {"detail": "Not enough stock: pad"}
    assert stock(client, "pad") == left
    assert client.post("/orders", json={"lines": [{"sku": "pad", "quantity": left}]}).status_code == 201
    assert stock(client, "pad") == 0


@pytest.mark.parametrize(
    "order",
    [{"lines": []}, {"lines": [{"sku": "pen", "quantity": 0}]}, {"lines": [{"sku": "pen", "quantity": -3}]}],
    ids=["no-lines", "zero-quantity", "negative-quantity"],
)
def test_invalid_order_answers_422(client, order):
    """An order with no lines, or a quantity below 1, answers 422 and changes no stock."""
    before = stock(client, "pen")
    assert client.post("/orders", json=order).status_code == 422
    assert stock(client, "pen") == before
