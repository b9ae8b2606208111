import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def assert_error(response, status, code):
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert list(body) == ["error"], "the body must be {\"error\": {...}} only"
    assert sorted(body["error"]) == ["code", "message"]
    assert body["error"]["code"] == code
    message = body["error"]["message"]
    assert isinstance(message, str) and message.strip(), "message must be a non-empty text"


def test_create_read_and_finish_a_task(client):
    """POST /tasks answers 201 with the new task, GET /tasks/<id> finds it, and PATCH /tasks/<id>/done answers 200 with "done": true."""
    response = client.post("/tasks", json={"title": "Sow beans"})
    assert response.status_code == 201
    task = response.get_json()
    assert task["title"] == "Sow beans" and task["done"] is False
    assert client.get(f"/tasks/{task['id']}").get_json() == task
    response = client.patch(f"/tasks/{task['id']}/done")
    assert response.status_code == 200
    assert response.get_json() == dict(task, done=True)


def test_api_errors_use_the_format_and_status(client):
    """A missing task answers 404 "task_not_found", a missing title 422 "title_required", and finishing a finished task 409 "already_done", each as {"error": {"code", "message"}}."""
    assert_error(client.get("/tasks/999"), 404, "task_not_found")
    assert_error(client.patch("/tasks/999/done"), 404, "task_not_found")
    assert_error(client.post("/tasks", json={"title": " "}), 422, "title_required")
    task = client.post("/tasks", json={"title": "Rake leaves"}).get_json()
    client.patch(f"/tasks/{task['id']}/done")
    assert_error(client.patch(f"/tasks/{task['id']}/done"), 409, "already_done")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": '{"title": ', "content_type": "application/json"},
        {"json": ["Sow beans"]},
    ],
    ids=["broken-json", "json-list"],
)
def test_bad_json_answers_400(client, kwargs):
    """POST /tasks with broken JSON, or JSON that is not an object, answers 400 {"error": {"code": "bad_request", ...}}."""
    assert_error(client.post("/tasks", **kwargs), 400, "bad_request")


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/nowhere", 404, "not_found"),
        ("get", "/tasks/abc", 404, "not_found"),
        ("delete", "/tasks", 405, "method_not_allowed"),
    ],
    ids=["unknown-url", "id-not-an-int", "wrong-method"],
)
def test_flask_errors_use_the_format(client, method, path, status, code):
    """Flask's own errors (an unknown URL, a wrong method) answer in the same {"error": {"code", "message"}} format."""
    assert_error(getattr(client, method)(path), status, code)


def test_405_keeps_the_allow_header(client):
    """DELETE /tasks answers 405 with an Allow header that lists GET and POST."""
    response = client.delete("/tasks")
    assert response.status_code == 405
    allowed = {m.strip() for m in response.headers.get("Allow", "").split(",")}
    assert {"GET", "POST"} <= allowed


def test_list_of_tasks(client):
    """GET /tasks answers 200 with the list of every task, including new ones."""
    task = client.post("/tasks", json={"title": "Mulch"}).get_json()
    response = client.get("/tasks")
    assert response.status_code == 200
    tasks = response.get_json()
    assert isinstance(tasks, list)
    assert {"id": 1, "title": "Buy seeds", "done": False} in tasks
    assert task in tasks
