import pytest
from fastapi.testclient import TestClient

from app import app

PUBLIC_FIELDS = {"id", "username", "email"}


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def create(client, username, password="correct horse"):
    return client.post(
        "/users",
        json={"username": username, "email": f"{username}@example.com", "password": password},
    )


def test_create_answers_201_with_public_fields_only(client):
    """POST /users answers 201 with exactly id, username and email: the password, the salt and the hash are not in the answer."""
    response = create(client, "grace", password="cobol-1959")
    assert response.status_code == 201
    body = response.json()
    assert set(body) == PUBLIC_FIELDS
    assert isinstance(body["id"], int)
    assert (body["username"], body["email"]) == ("grace", "grace@example.com")
    assert "cobol-1959" not in response.text


def test_every_read_is_filtered(client):
    """GET /users/{id} and every entry of GET /users contain exactly id, username and email."""
    created = create(client, "linus").json()
    one = client.get(f"/users/{created['id']}")
    assert one.status_code == 200
    assert one.json() == created
    listing = client.get("/users")
    assert listing.status_code == 200
    assert created in listing.json()
    assert all(set(user) == PUBLIC_FIELDS for user in listing.json())


def test_taken_username_is_a_conflict(client):
    """Creating a user whose username is already taken answers 409 with {"detail": "Username already taken"}, and the first account keeps its email."""
    first = create(client, "margaret").json()
    response = client.post(
        "/users",
        json={"username": "margaret", "email": "other@example.com", "password": "apollo-11!"},
    )
    assert response.status_code == 409
    assert response.json() == {"detail": "Username already taken"}
    assert client.get(f"/users/{first['id']}").json()["email"] == "margaret@example.com"


def test_delete_answers_204_and_removes_the_user(client):
    """DELETE /users/{id} answers 204 with an empty body; afterwards reading or deleting that user answers 404 with {"detail": "User not found"}."""
    created = create(client, "barbara").json()
    response = client.delete(f"/users/{created['id']}")
    assert response.status_code == 204
    assert response.content == b""
    for method in ("GET", "DELETE"):
        again = client.request(method, f"/users/{created['id']}")
        assert again.status_code == 404
        assert again.json() == {"detail": "User not found"}
    assert created not in client.get("/users").json()


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [("al", "long enough", "username"), ("edsger", "short", "password")],
    ids=["short-username", "short-password"],
)
def test_invalid_body_answers_422(client, username, password, field):
    """A username shorter than 3 characters or a password shorter than 8 answers 422, and the error's "loc" names the field."""
    response = create(client, username, password=password)
    assert response.status_code == 422
    assert ("body", field) in {tuple(e["loc"]) for e in response.json()["detail"]}


def test_emails_may_repeat(client):
    """Only the username must be unique: a second user with the same email is created (201)."""
    create(client, "ada-one")
    response = client.post("/users", json={"username": "ada-two", "email": "ada-one@example.com", "password": "long enough"})
    assert response.status_code == 201
