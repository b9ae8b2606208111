import pytest


def error_of(response, status, code):
    """Checks the common error format and answers the "error" object."""
    assert response.status_code == status
    assert response.headers["content-type"].split(";")[0] == "application/json"
    body = response.json()
    assert list(body) == ["error"]
    error = body["error"]
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    return error


def test_create_and_read_product(client):
    """POST /products answers 201 with the product and its id; GET /products/<id> answers it."""
    response = client.post("/products", json={"name": "Lamp", "price": 19.5})
    assert response.status_code == 201
    product = response.json()
    assert product["name"] == "Lamp" and product["price"] == 19.5
    assert client.get(f"/products/{product['id']}").json() == product


def test_unknown_product_answers_404(client):
    """GET /products/<id> for an unknown id answers 404 {"error": {"code": "not_found", "message": ...}}, and nothing else in the body."""
    error = error_of(client.get("/products/987654"), 404, "not_found")
    assert set(error) == {"code", "message"}


def test_unknown_url_answers_404(client):
    """A URL the app does not have at all answers 404 in the same JSON format, not the framework's own page or {"detail": ...}."""
    error = error_of(client.get("/no-such-page"), 404, "not_found")
    assert set(error) == {"code", "message"}


def test_wrong_method_answers_405(client):
    """A method the URL does not allow (DELETE /products) answers 405 with code "method_not_allowed" in the same format."""
    error_of(client.delete("/products"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"price": 3}, ["name"]),
        ({"name": "", "price": 3}, ["name"]),
        ({"name": "Lamp", "price": -1}, ["price"]),
        ({"name": "Lamp", "price": "cheap"}, ["price"]),
        ({"name": "x" * 51, "price": 0}, ["name", "price"]),
        ([1, 2], []),
    ],
    ids=["no-name", "empty-name", "negative-price", "price-not-a-number", "both-wrong", "not-an-object"],
)
def test_invalid_body_answers_422(client, body, fields):
    """An invalid body answers 422 {"error": {"code": "validation_error", "message": ..., "fields": [...]}}, where fields names every invalid field ([] when the body is not an object)."""
    error = error_of(client.post("/products", json=body), 422, "validation_error")
    assert sorted(error["fields"]) == fields


def test_body_that_is_not_json_answers_422(client):
    """A body that is not JSON at all answers 422 with code "validation_error" in the same format."""
    response = client.post(
        "/products", content="name=Lamp", headers={"Content-Type": "application/json"}
    )
    error_of(response, 422, "validation_error")
