import copy

import pytest
from fastapi.testclient import TestClient

from app import app

ORDER = {
    "customer": {"name": "Ada", "email": "ada@example.com"},
    "lines": [
        {"sku": "PEN-001", "quantity": 3, "unit_price": 1.5},
        {"sku": "INK-042", "quantity": 1, "unit_price": 7.25},
    ],
    "note": "Leave at the door",
}


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def error_types(response):
    """The (loc, type) pairs of a FastAPI 422 body."""
    return {(tuple(e["loc"]), e["type"]) for e in response.json()["detail"]}


def test_valid_order_answers_201_with_total(client):
    """POST /orders with a valid order answers 201 with the order as sent, an integer id and total = sum of quantity * unit_price (11.75 here)."""
    response = client.post("/orders", json=ORDER)
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body.pop("id"), int)
    assert body.pop("total") == 11.75
    assert body == ORDER


def test_ids_are_unique(client):
    """Two created orders get different ids."""
    first = client.post("/orders", json=ORDER).json()
    second = client.post("/orders", json=ORDER).json()
    assert first["id"] != second["id"]


def test_total_is_rounded_to_2_decimals(client):
    """total is rounded to 2 decimals: 3 x 0.1 answers 0.3, not 0.30000000000000004."""
    lines = [{"sku": "PEN-001", "quantity": 3, "unit_price": 0.1}]
    response = client.post("/orders", json={**ORDER, "lines": lines})
    assert response.status_code == 201
    assert response.json()["total"] == 0.3


def test_note_is_optional(client):
    """An order without a note is valid, and answers "note": null."""
    order = copy.deepcopy(ORDER)
    del order["note"]
    response = client.post("/orders", json=order)
    assert response.status_code == 201
    assert response.json()["note"] is None


def test_an_order_needs_a_line(client):
    """An order with an empty "lines" list answers 422 with the error type "too_short" at ["body", "lines"]."""
    order = {**ORDER, "lines": []}
    response = client.post("/orders", json=order)
    assert response.status_code == 422
    assert (("body", "lines"), "too_short") in error_types(response)


def broken(change):
    """A copy of ORDER with one change made to it."""
    order = copy.deepcopy(ORDER)
    change(order)
    return order


@pytest.mark.parametrize(
    ("order", "loc", "error_type"),
    [
        (broken(lambda o: o["lines"][1].update(quantity=0)),
         ("body", "lines", 1, "quantity"), {"greater_than", "greater_than_equal"}),
        (broken(lambda o: o["lines"][0].update(quantity=101)),
         ("body", "lines", 0, "quantity"), {"less_than_equal", "less_than"}),
        (broken(lambda o: o["lines"][0].update(sku="pen-1")),
         ("body", "lines", 0, "sku"), "string_pattern_mismatch"),
        (broken(lambda o: o["lines"][1].update(unit_price=0)),
         ("body", "lines", 1, "unit_price"), "greater_than"),
        (broken(lambda o: o["customer"].update(name="")),
         ("body", "customer", "name"), "string_too_short"),
        (broken(lambda o: o["customer"].update(name="N" * 101)),
         ("body", "customer", "name"), "string_too_long"),
        (broken(lambda o: o["customer"].pop("email")),
         ("body", "customer", "email"), "missing"),
        (broken(lambda o: o["customer"].update(email="not-an-email")),
         ("body", "customer", "email"), "string_pattern_mismatch"),
        (broken(lambda o: o.pop("customer")),
         ("body", "customer"), "missing"),
    ],
    ids=[
        "second-line-quantity-0",
        "quantity-101",
        "bad-sku",
        "price-0",
        "customer-name-empty",
        "customer-name-101",
        "customer-email-missing",
        "customer-email-malformed",
        "customer-missing",
    ],
)
def test_nested_errors_point_inside_the_body(client, order, loc, error_type):
    """An invalid value anywhere in the order answers 422, and the error's loc points at it (e.g. ["body", "lines", 1, "quantity"]) with Pydantic's error type."""
    response = client.post("/orders", json=order)
    assert response.status_code == 422
    # Where two rules say the same thing (gt=0 or ge=1 for whole numbers), either error type is right.
    allowed = error_type if isinstance(error_type, set) else {error_type}
    found = {kind for where, kind in error_types(response) if where == loc}
    assert found & allowed, f"errors at {list(loc)}: {found or 'none'}"


def test_long_note_is_rejected(client):
    """A note longer than 200 characters answers 422 with the error type "string_too_long"."""
    order = {**ORDER, "note": "x" * 201}
    response = client.post("/orders", json=order)
    assert response.status_code == 422
    assert (("body", "note"), "string_too_long") in error_types(response)
