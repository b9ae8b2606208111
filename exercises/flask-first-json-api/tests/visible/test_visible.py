from app import app

client = app.test_client()


def test_list_planets():
    """GET /planets answers 200 with a JSON list."""
    response = client.get("/planets")
    assert response.status_code == 200
    assert isinstance(response.get_json(), list)


def test_read_mars():
    """GET /planets/4 answers 200 with Mars."""
    response = client.get("/planets/4")
    assert response.status_code == 200
    assert response.get_json()["name"] == "Mars"
