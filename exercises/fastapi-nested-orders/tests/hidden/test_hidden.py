import copy

import pytest
from fastapi.testclient import TestClient

from app import app

ORDER = {
    "customer": {"name": "Ada", "email": "ada@example.com"},
    "lines": [
        {"sku": "PEN-01", "quantity": 3, "unit_price": 2.5},
        {"sku": "INK-02", "quantity": 2, "unit_price": 4.25},
    ],
}


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def order(**changes):
    """A fresh copy of the valid order, with some top-level keys replaced."""
    body = copy.deepcopy(ORDER)
    body.update(changes)
    return body


def error_locations(response):
    """The locations named by a FastAPI 422 body, e.g. ("body", "lines", 0, "quantity")."""
    return {tuple(error["loc"]) for error in response.json()["detail"]}


def test_create_order_answers_201_with_totals(client):
    """POST /orders with a valid body answers 201 with a new integer id, the customer, each line with its subtotal, note null, and the total."""
    response = client.post("/orders", json=ORDER)
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body.pop("id"), int)
    assert body == {
        "customer": {"name": "Ada", "email": "ada@example.com"},
        "lines": [
            {"sku": "PEN-01", "quantity": 3, "unit_price": 2.5, "subtotal": 7.5},
            {"sku": "INK-02", "quantity": 2, "unit_price": 4.25, "subtotal": 8.5},
        ],
        "note": None,
        "total": 16.0,
    }


def test_total_is_computed_by_the_server(client):
    """A "total" or "subtotal" sent by the client is ignored: the answer's amounts are computed from quantities and unit prices, rounded to 2 decimals."""
    body = order(
        lines=[
            {"sku": "CUP-07", "quantity": 3, "unit_price": 0.1, "subtotal": 0},
            {"sku": "MUG-08", "quantity": 1, "unit_price": 12, "subtotal": 0},
        ],
        total=0.01,
        note="Gift wrap, please",
    )
    response = client.post("/orders", json=body)
    assert response.status_code == 201
    answer = response.json()
    assert [line["subtotal"] for line in answer["lines"]] == [0.3, 12.0]
    assert answer["total"] == 12.3
    assert answer["note"] == "Gift wrap, please"


@pytest.mark.parametrize(
    ("line_index", "field", "value"),
    [
        (0, "quantity", 0),
        (1, "quantity", 101),
        (1, "unit_price", -4),
        (0, "sku", "AB"),
        (0, "sku", "ABCDEFGHIJKLM"),
        (1, "quantity", "many"),
    ],
    ids=["zero-quantity", "quantity-over-100", "negative-price", "short-sku", "long-sku", "quantity-not-a-number"],
)
def test_bad_line_answers_422_pointing_at_it(client, line_index, field, value):
    """A line that breaks a rule (sku 3-12 characters, quantity 1-100, unit_price > 0) answers 422, and the error's "loc" points at that line and field, e.g. ["body", "lines", 1, "quantity"]."""
    body = order()
    body["lines"][line_index][field] = value
    response = client.post("/orders", json=body)
    assert response.status_code == 422
    assert ("body", "lines", line_index, field) in error_locations(response)


@pytest.mark.parametrize(
    ("body", "location"),
    [
        (order(customer={"name": "Ada"}), ("body", "customer", "email")),
        (order(customer={"name": "", "email": "ada@example.com"}), ("body", "customer", "name")),
        (order(customer={"name": "N" * 61, "email": "ada@example.com"}), ("body", "customer", "name")),
        (order(customer={"name": "Ada", "email": "a@"}), ("body", "customer", "email")),
        (order(customer={"name": "Ada", "email": "a" * 110 + "@example.com"}), ("body", "customer", "email")),
        ({"lines": ORDER["lines"]}, ("body", "customer")),
        ({"customer": ORDER["customer"]}, ("body", "lines")),
        (order(lines={"sku": "PEN-01", "quantity": 1, "unit_price": 2}), ("body", "lines")),
        (order(lines=[{"sku": "PEN-01", "unit_price": 2}]), ("body", "lines", 0, "quantity")),
        (order(note="x" * 201), ("body", "note")),
    ],
    ids=["customer-without-email", "empty-customer-name", "long-customer-name", "short-email", "long-email", "no-customer", "no-lines", "lines-not-a-list", "line-without-quantity", "note-too-long"],
)
def test_bad_structure_answers_422(client, body, location):
    """A missing or malformed customer, a missing lines list, lines that are not a list, a line without a required field, or a note over 200 characters answers 422 with the matching "loc"."""
    response = client.post("/orders", json=body)
    assert response.status_code == 422
    assert location in error_locations(response)


def test_read_created_order(client):
    """GET /orders/{id} answers 200 with the order as POST /orders answered it; an unknown id answers 404 with {"detail": "Order not found"}."""
    created = client.post("/orders", json=ORDER).json()
    response = client.get(f"/orders/{created['id']}")
    assert response.status_code == 200
    assert response.json() == created
    missing = client.get("/orders/999999")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "Order not found"}
