from app import app

client = app.test_client()


def test_create_task():
    """POST /tasks answers 201 with the new task."""
    response = client.post("/tasks", json={"title": "Water plants"})
    assert response.status_code == 201
    assert response.get_json()["done"] is False


def test_missing_task_error_format():
    """GET /tasks/999 answers 404 in the error format."""
    response = client.get("/tasks/999")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "task_not_found"
