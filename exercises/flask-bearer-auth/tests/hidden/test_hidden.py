import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def login(client, username, password):
    return client.post("/login", json={"username": username, "password": password})


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_login_issues_a_bearer_token(client):
    """POST /login with the right password answers 200 with {"access_token": <a string>, "token_type": "bearer"}; a wrong password or user answers 401 {"error": "invalid credentials"}."""
    response = login(client, "linus", "linus-secret-2")
    assert response.status_code == 200
    body = response.get_json()
    assert body["token_type"] == "bearer"
    assert isinstance(body["access_token"], str) and len(body["access_token"]) >= 16
    for username, password in [("linus", "wrong"), ("nobody", "linus-secret-2")]:
        response = login(client, username, password)
        assert response.status_code == 401
        assert response.get_json() == {"error": "invalid credentials"}


def test_me_answers_the_token_owner(client):
    """GET /me with "Authorization: Bearer <token>" answers 200 with that user: {"username": ..., "role": ...}."""
    token = login(client, "linus", "linus-secret-2").get_json()["access_token"]
    response = client.get("/me", headers=bearer(token))
    assert response.status_code == 200
    assert response.get_json() == {"username": "linus", "role": "member"}


def test_missing_token_answers_401_with_challenge(client):
    """GET /me without an Authorization header answers 401, as JSON {"error": "not authenticated"}, with the header WWW-Authenticate: Bearer."""
    response = client.get("/me")
    assert response.status_code == 401
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": "not authenticated"}
    assert response.headers.get("WWW-Authenticate") == "Bearer"


@pytest.mark.parametrize(
    "header",
    ["Bearer ada", "Bearer not-a-token-we-issued", "Bearer", "Basic {token}", "{token}"],
    ids=["made-up-token", "unknown-token", "empty-token", "basic-scheme", "no-scheme"],
)
def test_invalid_tokens_answer_401(client, header):
    """An Authorization header that is not "Bearer <a token from /login>" answers 401 {"error": "not authenticated"} as JSON, with WWW-Authenticate: Bearer."""
    token = login(client, "ada", "alice-secret-1").get_json()["access_token"]
    response = client.get("/me", headers={"Authorization": header.format(token=token)})
    assert response.status_code == 401
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": "not authenticated"}
    assert response.headers.get("WWW-Authenticate") == "Bearer"


def test_tokens_cannot_be_predicted(client):
    """Each login issues a new random token: two logins of the same user get two different tokens, and both work."""
    first = login(client, "ada", "alice-secret-1").get_json()["access_token"]
    second = login(client, "ada", "alice-secret-1").get_json()["access_token"]
    assert first != second
    for token in (first, second):
        assert client.get("/me", headers=bearer(token)).status_code == 200


def test_admin_stats_need_the_admin_role(client):
    """GET /admin/stats answers 200 {"users": 2} for an admin, 403 {"error": "forbidden"} for a member, 401 without a token."""
    admin = login(client, "ada", "alice-secret-1").get_json()["access_token"]
    member = login(client, "linus", "linus-secret-2").get_json()["access_token"]
    response = client.get("/admin/stats", headers=bearer(admin))
    assert response.status_code == 200
    assert response.get_json() == {"users": 2}
    response = client.get("/admin/stats", headers=bearer(member))
    assert response.status_code == 403
    assert response.get_json() == {"error": "forbidden"}
    assert client.get("/admin/stats").status_code == 401
