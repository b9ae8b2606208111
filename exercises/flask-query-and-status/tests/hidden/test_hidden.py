import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def names(response):
    body = response.get_json()
    assert body["count"] == len(body["products"])
    return [p["name"] for p in body["products"]]


def test_list_without_parameters(client):
    """GET /products answers 200 {"products": [...], "count": n} with the products in id order."""
    response = client.get("/products")
    assert response.status_code == 200
    assert names(response)[:5] == ["hammer", "saw", "glue", "wrench", "paint"]
    assert response.get_json()["products"][0] == {
        "id": 1, "name": "hammer", "category": "tools", "price": 15.0, "in_stock": True,
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "tools", "max_price": "20"}, ["hammer", "wrench"]),
        ({"category": "craft", "max_price": "4.5"}, ["glue"]),
        ({"category": "tools", "in_stock": "true"}, ["hammer", "saw"]),
        ({"category": "tools", "in_stock": "false"}, ["wrench"]),
        ({"category": "craft", "in_stock": "false", "max_price": "100"}, ["glue"]),
        ({"category": "tools", "limit": "2"}, ["hammer", "saw"]),
        ({"category": "tool"}, []),
    ],
    ids=["max-price", "max-price-decimal", "in-stock-true", "in-stock-false", "combined", "limit", "category-exact"],
)
def test_query_parameters_filter(client, query, expected):
    """category (exact text), max_price, in_stock (true or false) and limit filter GET /products, and combine; "count" is the number of products in the answer's list."""
    response = client.get("/products", query_string=query)
    assert response.status_code == 200
    assert names(response) == expected
    assert response.get_json()["count"] == len(expected)


def test_limit_defaults_to_10(client):
    """Without limit, GET /products answers at most 10 products; limit=50 answers them all."""
    for number in range(12):
        client.post("/products", json={"name": f"nail-{number}", "price": 0.1})
    total = len(client.get("/products", query_string={"limit": "50"}).get_json()["products"])
    assert total > 10
    response = client.get("/products")
    assert response.status_code == 200
    assert len(response.get_json()["products"]) == 10
    assert response.get_json()["count"] == 10


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ("max_price=cheap", "max_price must be a number"),
        ("in_stock=yes", "in_stock must be true or false"),
        ("limit=abc", "limit must be a whole number from 1 to 50"),
        ("limit=0", "limit must be a whole number from 1 to 50"),
        ("limit=51", "limit must be a whole number from 1 to 50"),
    ],
    ids=["max-price-text", "in-stock-yes", "limit-text", "limit-0", "limit-51"],
)
def test_invalid_query_values_answer_400(client, query, error):
    """An invalid max_price, in_stock or limit answers 400 with {"error": <the message from the instructions>}."""
    response = client.get(f"/products?{query}")
    assert response.status_code == 400
    assert response.get_json() == {"error": error}


def test_create_answers_201_with_location(client):
    """POST /products answers 201 with the new product (category "misc" and in_stock true by default) and a Location header that finds it; without a positive price, 400."""
    response = client.post("/products", json={"name": "tape", "price": 3.0})
    assert response.status_code == 201
    product = response.get_json()
    assert product["name"] == "tape" and product["price"] == 3.0
    assert product["category"] == "misc" and product["in_stock"] is True
    location = response.headers.get("Location")
    assert location == f"/products/{product['id']}"
    assert client.get(location).get_json() == product
    response = client.post("/products", json={"name": "free lunch", "price": 0})
    assert response.status_code == 400
    assert response.get_json() == {"error": "name and a positive price are required"}


@pytest.mark.parametrize(
    "body",
    [{"price": 3.0}, {"name": "   ", "price": 3.0}, {"name": "rope", "price": -1}, {"name": "rope", "price": "3"}, {"name": "rope"}],
    ids=["no-name", "blank-name", "negative-price", "price-text", "no-price"],
)
def test_create_without_name_or_positive_price_answers_400(client, body):
    """POST /products without a non-blank name or a positive number price answers 400 {"error": "name and a positive price are required"}, and creates nothing."""
    before = client.get("/products", query_string={"limit": "50"}).get_json()["count"]
    response = client.post("/products", json=body)
    assert response.status_code == 400
    assert response.get_json() == {"error": "name and a positive price are required"}
    assert client.get("/products", query_string={"limit": "50"}).get_json()["count"] == before


def test_delete_answers_204_then_404(client):
    """DELETE /products/<id> answers 204 with an empty body and the product is gone; deleting it again, or reading it, answers 404 {"error": "not found"}."""
    product = client.post("/products", json={"name": "old rope", "price": 2.0}).get_json()
    url = f"/products/{product['id']}"
    response = client.delete(url)
    assert response.status_code == 204
    assert response.data == b""
    for response in [client.delete(url), client.get(url)]:
        assert response.status_code == 404
        assert response.get_json() == {"error": "not found"}
