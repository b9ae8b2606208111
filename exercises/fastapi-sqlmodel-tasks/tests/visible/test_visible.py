import pytest
from fastapi.testclient import TestClient
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from app import app, get_session


@pytest.fixture
def client():
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    SQLModel.metadata.create_all(engine)

    def get_test_session():
        with Session(engine) as session:
            yield session

    app.dependency_overrides[get_session] = get_test_session
    with TestClient(app) as client:
        yield client
    app.dependency_overrides.clear()


def test_create_and_read(client):
    """POST /tasks answers 201; GET /tasks/{id} answers the task."""
    created = client.post("/tasks", json={"title": "Write tests"})
    assert created.status_code == 201
    task = created.json()
    assert client.get(f"/tasks/{task['id']}").json() == task
