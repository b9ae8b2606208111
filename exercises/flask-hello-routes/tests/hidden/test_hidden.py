import pytest

from app import app


@pytest.fixture
def client():
    app.config.update(TESTING=True)
    return app.test_client()


def test_hello_returns_json(client):
    """GET /hello answers 200 with the JSON body {"message": "Hello, World!"} (content type application/json)."""
    response = client.get("/hello")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == {"message": "Hello, World!"}


@pytest.mark.parametrize("name", ["Ada", "Grace"])
def test_hello_uses_the_name_from_the_url(client, name):
    """GET /hello/<name> greets the name taken from the URL, e.g. /hello/Grace -> "Hello, Grace!"."""
    response = client.get(f"/hello/{name}")
    assert response.status_code == 200
    assert response.get_json() == {"message": f"Hello, {name}!"}


def test_hello_only_answers_get(client):
    """POST /hello answers 405 Method Not Allowed: /hello is read-only."""
    response = client.post("/hello")
    assert response.status_code == 405


@pytest.mark.parametrize("name", ["Ada", "Linus"])
def test_create_greeting_returns_201(client, name):
    """POST /greetings with {"name": "Ada"} answers 201 Created and {"message": "Hello, Ada!"}, greeting the name it was sent."""
    response = client.post("/greetings", json={"name": name})
    assert response.status_code == 201
    assert response.get_json() == {"message": f"Hello, {name}!"}


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "   "}], ids=["missing", "empty", "blank"])
def test_create_greeting_requires_a_name(client, body):
    """POST /greetings without a non-blank "name" answers 400 and {"error": "name is required"}."""
    response = client.post("/greetings", json=body)
    assert response.status_code == 400
    assert response.get_json() == {"error": "name is required"}


def test_unknown_url_answers_json_404(client):
    """An unknown URL answers 404 with the JSON body {"error": "not found"}, not an HTML page."""
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": "not found"}
