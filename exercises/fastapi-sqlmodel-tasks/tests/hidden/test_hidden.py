import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine, select

from app import Task, app, get_session


@pytest.fixture
def own_engine():
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    SQLModel.metadata.create_all(engine)
    return engine


@pytest.fixture
def client(own_engine):
    def get_test_session():
        with Session(own_engine) as session:
            yield session

    app.dependency_overrides[get_session] = get_test_session
    with TestClient(app) as client:
        yield client
    app.dependency_overrides.clear()


def test_create_answers_201(client):
    """POST /tasks answers 201 with the stored task: id 1 in a new database, done false."""
    response = client.post("/tasks", json={"title": "Write tests"})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "title": "Write tests", "done": False}


def test_every_endpoint_uses_get_session(client, own_engine):
    """With get_session overridden, every endpoint works on the test's database: what POST stores is in it, and GET and PATCH find it."""
    created = client.post("/tasks", json={"title": "In the test database"}).json()
    with Session(own_engine) as session:
        assert [t.title for t in session.exec(select(Task))] == ["In the test database"]
    assert client.get(f"/tasks/{created['id']}").status_code == 200
    assert client.get("/tasks").json() == [created]
    assert client.patch(f"/tasks/{created['id']}", json={"done": True}).status_code == 200


def test_app_engine_has_its_tables():
    """Without an override the app works on its own engine: the lifespan created the tables."""
    title = f"task-{uuid.uuid4().hex[:8]}"
    with TestClient(app) as client:
        created = client.post("/tasks", json={"title": title})
        assert created.status_code == 201
        assert client.get(f"/tasks/{created.json()['id']}").json()["title"] == title


@pytest.mark.parametrize("body", [{}, {"title": ""}, {"title": "x" * 101}], ids=["no-title", "empty-title", "title-too-long"])
def test_invalid_title_answers_422(client, body):
    """A title that is missing, empty or longer than 100 characters answers 422; 100 characters is fine."""
    assert client.post("/tasks", json=body).status_code == 422
    assert client.post("/tasks", json={"title": "x" * 100}).status_code == 201


def test_list_oldest_first(client):
    """GET /tasks answers every task, oldest first."""
    first = client.post("/tasks", json={"title": "Zebra"}).json()
    second = client.post("/tasks", json={"title": "Apple"}).json()
    response = client.get("/tasks")
    assert response.status_code == 200
    assert response.json() == [first, second]


def test_read_task(client):
    """GET /tasks/{id} answers 200 with that task."""
    client.post("/tasks", json={"title": "First"})
    second = client.post("/tasks", json={"title": "Second"}).json()
    response = client.get(f"/tasks/{second['id']}")
    assert response.status_code == 200
    assert response.json() == second


def test_patch_is_saved(client):
    """PATCH /tasks/{id} {"done": true} answers the changed task, and later requests see the change: it was committed."""
    created = client.post("/tasks", json={"title": "Ship it"}).json()
    response = client.patch(f"/tasks/{created['id']}", json={"done": True})
    assert response.status_code == 200
    assert response.json() == {**created, "done": True}
    assert client.get(f"/tasks/{created['id']}").json()["done"] is True


@pytest.mark.parametrize("method", ["get", "patch"])
def test_unknown_task_answers_404(client, method):
    """GET or PATCH /tasks/{id} for an unknown id answers 404 with {"detail": "Task not found"}."""
    response = client.request(method.upper(), "/tasks/99", json={"done": True} if method == "patch" else None)
    assert response.status_code == 404
    assert response.json() == {"detail": "Task not found"}
