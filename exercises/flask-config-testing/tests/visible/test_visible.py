from app import create_app


def test_create_and_list():
    """POST /items answers 201, and GET /items lists the item."""
    client = create_app().test_client()
    response = client.post("/items", json={"name": "lamp"})
    assert response.status_code == 201
    body = client.get("/items").get_json()
    assert body["items"] == [{"id": 1, "name": "lamp"}]


def test_page_size_from_config():
    """With PAGE_SIZE 2, page 1 holds two items."""
    client = create_app({"PAGE_SIZE": 2}).test_client()
    for name in ["a", "b", "c"]:
        client.post("/items", json={"name": name})
    assert len(client.get("/items").get_json()["items"]) == 2
