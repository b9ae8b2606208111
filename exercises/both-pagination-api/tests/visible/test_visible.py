def test_second_page(client):
    """GET /items?page=2&size=5 answers items 6 to 10."""
    response = client.get("/items", params={"page": 2, "size": 5})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [6, 7, 8, 9, 10]
