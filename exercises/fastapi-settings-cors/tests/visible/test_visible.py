from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_info():
    """GET /info answers 200 with the app's name."""
    response = client.get("/info")
    assert response.status_code == 200
    assert response.json()["app"] == "Notes API"


def test_notes():
    """GET /notes answers 200 with the notes."""
    response = client.get("/notes")
    assert response.status_code == 200
    assert len(response.json()["notes"]) == 2
