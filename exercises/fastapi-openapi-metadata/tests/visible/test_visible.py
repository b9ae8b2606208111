from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_title_and_version():
    """/openapi.json names the app Plant Shop, version 1.0.0."""
    info = client.get("/openapi.json").json()["info"]
    assert info["title"] == "Plant Shop"
    assert info["version"] == "1.0.0"


def test_list_plants_summary():
    """GET /plants is documented with the summary "List plants"."""
    schema = client.get("/openapi.json").json()
    assert schema["paths"]["/plants"]["get"]["summary"] == "List plants"
