from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_create_a_task():
    """POST /tasks answers 201 with the new task."""
    response = client.post("/tasks", json={"title": "write docs"})
    assert response.status_code == 201
    assert response.json()["title"] == "write docs"


def test_request_id_header():
    """Every response carries an X-Request-ID header."""
    assert client.get("/tasks").headers.get("X-Request-ID")
