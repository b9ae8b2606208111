import uuid


def test_create_and_read(client):
    """POST /links answers 201; GET /links/{id} answers the link."""
    url = f"https://example.org/{uuid.uuid4().hex}"
    created = client.post("/links", json={"url": url, "title": "Example"})
    assert created.status_code == 201
    link = created.json()
    assert client.get(f"/links/{link['id']}").json() == link
