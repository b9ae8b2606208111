def test_unknown_product(client):
    """GET /products/<id> for an unknown id answers 404 with code "not_found"."""
    response = client.get("/products/424242")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
