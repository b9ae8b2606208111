import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def error_locations(response):
    """The locations named by a FastAPI 422 body, e.g. ("body", "price")."""
    return {tuple(error["loc"]) for error in response.json()["detail"]}


def test_create_item_returns_201_with_id(client):
    """POST /items with {"name": "Lamp", "price": 19.5} answers 201 Created with the item, a new integer id and quantity 1."""
    response = client.post("/items", json={"name": "Lamp", "price": 19.5})
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body.pop("id"), int)
    assert body == {"name": "Lamp", "price": 19.5, "quantity": 1}


def test_ids_are_unique(client):
    """Two created items get different ids."""
    first = client.post("/items", json={"name": "Desk", "price": 120}).json()
    second = client.post("/items", json={"name": "Chair", "price": 45}).json()
    assert first["id"] != second["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": "A", "price": 5}, "name"),
        ({"name": "L" * 51, "price": 5}, "name"),
        ({"name": "Lamp", "price": 0}, "price"),
        ({"name": "Lamp", "price": -3}, "price"),
        ({"name": "Lamp", "price": 5, "quantity": 0}, "quantity"),
        ({"name": "Lamp", "price": 5, "quantity": 2.5}, "quantity"),
    ],
    ids=["short-name", "long-name", "zero-price", "negative-price", "zero-quantity", "fractional-quantity"],
)
def test_constraints_answer_422(client, body, field):
    """A body that breaks a constraint (name 2-50 characters, price > 0, quantity a whole number >= 1) answers 422, and the error names that field in its "loc"."""
    response = client.post("/items", json=body)
    assert response.status_code == 422
    assert ("body", field) in error_locations(response)


@pytest.mark.parametrize(
    "body",
    [{"name": "AB", "price": 0.01}, {"name": "L" * 50, "price": 1, "quantity": 1}],
    ids=["name-2-characters", "name-50-characters"],
)
def test_limits_are_valid(client, body):
    """The ends of each range are valid: a name of 2 or of 50 characters, any price above 0, a quantity of 1 (201)."""
    assert client.post("/items", json=body).status_code == 201


@pytest.mark.parametrize("missing", ["name", "price"])
def test_required_fields_answer_422(client, missing):
    """A body without "name" or without "price" answers 422, and the error names the missing field in its "loc"."""
    body = {"name": "Lamp", "price": 5}
    del body[missing]
    response = client.post("/items", json=body)
    assert response.status_code == 422
    assert ("body", missing) in error_locations(response)


def test_read_created_item(client):
    """GET /items/{id} answers 200 with the item that POST /items created."""
    created = client.post("/items", json={"name": "Shelf", "price": 30, "quantity": 2}).json()
    response = client.get(f"/items/{created['id']}")
    assert response.status_code == 200
    assert response.json() == created


def test_unknown_item_answers_404(client):
    """GET /items/{id} for an id that was never created answers 404 with {"detail": "Item not found"}."""
    response = client.get("/items/999999")
    assert response.status_code == 404
    assert response.json() == {"detail": "Item not found"}
