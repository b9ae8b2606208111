from app import app

client = app.test_client()


def test_filter_by_category():
    """GET /products?category=craft lists only craft products."""
    response = client.get("/products", query_string={"category": "craft"})
    assert response.status_code == 200
    names = [p["name"] for p in response.get_json()["products"]]
    assert names == ["glue", "paint"]


def test_bad_limit():
    """GET /products?limit=0 answers 400."""
    assert client.get("/products?limit=0").status_code == 400
