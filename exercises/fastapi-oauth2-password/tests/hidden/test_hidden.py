import pytest
from fastapi.testclient import TestClient

from app import app

PASSWORDS = {"ada": "alice-secret-1", "linus": "linus-secret-2"}


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def get_token(client, username, scope=""):
    form = {"username": username, "password": PASSWORDS[username], "scope": scope}
    response = client.post("/token", data=form)
    assert response.status_code == 200
    return response.json()["access_token"]


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_token_from_a_form(client):
    """POST /token with a form (username, password) answers 200 with {"access_token": <string>, "token_type": "bearer"}."""
    response = client.post("/token", data={"username": "linus", "password": "linus-secret-2"})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert isinstance(body["access_token"], str) and body["access_token"]


def test_wrong_password_answers_401(client):
    """POST /token with a wrong password or an unknown user answers 401 with the header WWW-Authenticate: Bearer."""
    for form in ({"username": "ada", "password": "guess"}, {"username": "eve", "password": "x"}):
        response = client.post("/token", data=form)
        assert response.status_code == 401
        assert response.headers.get("www-authenticate") == "Bearer"


@pytest.mark.parametrize(
    ("scope", "granted"),
    [("me reports:read", ["me", "reports:read"]), ("me", ["me"]), ("me admin", ["me"])],
    ids=["both", "asked-for-one", "asked-for-one-not-allowed"],
)
def test_me_shows_user_and_granted_scopes(client, scope, granted):
    """GET /users/me answers 200 with the token's user and the scopes it was granted: those asked for that the user is allowed, not all the user could have."""
    token = get_token(client, "ada", scope=scope)
    response = client.get("/users/me", headers=bearer(token))
    assert response.status_code == 200
    assert response.json() == {"username": "ada", "scopes": granted}


def test_tokens_are_random(client):
    """Each login gets a new random token: two logins of the same user get different tokens."""
    assert get_token(client, "ada") != get_token(client, "ada")


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer made-up"}, {"Authorization": "Basic YWRhOng="}],
    ids=["no-header", "unknown-token", "basic-scheme"],
)
def test_me_needs_a_valid_token(client, headers):
    """GET /users/me without a valid bearer token answers 401 with the header WWW-Authenticate: Bearer."""
    response = client.get("/users/me", headers=headers)
    assert response.status_code == 401
    assert response.headers.get("www-authenticate") == "Bearer"


@pytest.mark.parametrize(
    ("username", "scope", "status"),
    [("ada", "me reports:read", 200), ("ada", "me", 403), ("linus", "me reports:read", 403)],
    ids=["ada-with-scope", "ada-without-scope", "linus-asks-for-reports"],
)
def test_scope_guards_reports(client, username, scope, status):
    """GET /reports answers 200 only to a token granted reports:read, else 403; a user is granted only the scopes they are allowed."""
    token = get_token(client, username, scope=scope)
    response = client.get("/reports", headers=bearer(token))
    assert response.status_code == status
    if status == 200:
        assert response.json() == {"reports": ["q1", "q2"]}
