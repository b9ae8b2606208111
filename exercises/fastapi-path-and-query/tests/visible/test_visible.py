from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_first_page():
    """GET /films answers 200 with the total and the first 5 films."""
    response = client.get("/films")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 8
    assert [film["id"] for film in body["films"]] == [1, 2, 3, 4, 5]


def test_limit_zero_is_rejected():
    """GET /films?limit=0 answers 422."""
    assert client.get("/films", params={"limit": 0}).status_code == 422
