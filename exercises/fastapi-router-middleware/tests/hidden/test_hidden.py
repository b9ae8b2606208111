import pytest
from fastapi.testclient import TestClient

from app import app

FRONTEND = "https://app.example"


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def preflight(client, origin):
    return client.options(
        "/tasks",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type, X-Request-ID",
        },
    )


def test_task_routes_come_from_a_tagged_router(client):
    """POST /tasks answers 201 {"id": ..., "title": ...}, GET /tasks lists it, an empty title or one of 101 characters answers 422 at ["body", "title"], and both operations carry the tag "tasks" in /openapi.json."""
    response = client.post("/tasks", json={"title": "plan sprint"})
    assert response.status_code == 201
    task = response.json()
    assert task["title"] == "plan sprint" and isinstance(task["id"], int)
    assert task in client.get("/tasks").json()
    for title in ("x" * 101, ""):
        response = client.post("/tasks", json={"title": title})
        assert response.status_code == 422, f"title of {len(title)} characters"
        assert [e["loc"] for e in response.json()["detail"]] == [["body", "title"]]
    paths = client.get("/openapi.json").json()["paths"]
    assert paths["/tasks"]["get"].get("tags") == ["tasks"]
    assert paths["/tasks"]["post"].get("tags") == ["tasks"]


def test_creating_a_task_is_audited(client):
    """After POST /tasks, GET /audit lists "created task <id>" for the new task (written by a background task)."""
    task = client.post("/tasks", json={"title": "review"}).json()
    response = client.get("/audit")
    assert response.status_code == 200
    assert f"created task {task['id']}" in response.json()["events"]


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/tasks"), ("GET", "/audit"), ("GET", "/no-such-page")],
    ids=["router-route", "app-route", "unknown-url"],
)
def test_every_response_gets_a_new_request_id(client, method, path):
    """Every response, a 404 included, has an X-Request-ID header, and two requests get different ids."""
    first = client.request(method, path).headers.get("X-Request-ID")
    second = client.request(method, path).headers.get("X-Request-ID")
    assert first and second
    assert first != second


def test_request_id_from_the_client_is_kept(client):
    """A request that sends X-Request-ID gets the same value back."""
    response = client.get("/tasks", headers={"X-Request-ID": "trace-42"})
    assert response.headers.get("X-Request-ID") == "trace-42"


def test_cors_allows_the_front_end(client):
    """A preflight OPTIONS /tasks from https://app.example for POST with the headers Content-Type and X-Request-ID answers 200 with Access-Control-Allow-Origin: https://app.example, POST among the allowed methods and X-Request-ID among the allowed headers; a GET from it gets the same Allow-Origin."""
    response = preflight(client, FRONTEND)
    assert response.status_code == 200
    assert response.headers.get("access-control-allow-origin") == FRONTEND
    assert "POST" in response.headers.get("access-control-allow-methods", "")
    assert "x-request-id" in response.headers.get("access-control-allow-headers", "").lower()
    response = client.get("/tasks", headers={"Origin": FRONTEND})
    assert response.headers.get("access-control-allow-origin") == FRONTEND


def test_cors_refuses_other_origins(client):
    """Neither a preflight nor a GET from https://evil.example gets an Access-Control-Allow-Origin header."""
    response = preflight(client, "https://evil.example")
    assert "access-control-allow-origin" not in response.headers
    response = client.get("/tasks", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
