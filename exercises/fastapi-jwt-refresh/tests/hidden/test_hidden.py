from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from app import app

# Named in the instructions: the tests sign their own tokens with it.
SECRET_KEY = "course-demo-jwt-key-0123456789abcdef"
PASSWORDS = {"ada": "alice-secret-1", "linus": "linus-secret-2"}


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def log_in(client, username):
    response = client.post("/token", data={"username": username, "password": PASSWORDS[username]})
    assert response.status_code == 200
    return response.json()


def make_token(claims, key=SECRET_KEY, algorithm="HS256"):
    return jwt.encode(claims, key, algorithm=algorithm)


def in_minutes(minutes):
    return datetime.now(UTC) + timedelta(minutes=minutes)


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def test_token_from_a_form(client):
    """POST /token with a form (username, password) answers 200 with access_token, token_type "bearer" and refresh_token."""
    response = client.post("/token", data={"username": "ada", "password": "alice-secret-1"})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert isinstance(body["access_token"], str) and isinstance(body["refresh_token"], str)
    assert body["refresh_token"] and body["refresh_token"] != body["access_token"]


def test_wrong_password_answers_401(client):
    """POST /token with a wrong password or an unknown user answers 401 with WWW-Authenticate: Bearer."""
    for form in ({"username": "ada", "password": "guess"}, {"username": "eve", "password": "alice-secret-1"}):
        response = client.post("/token", data=form)
        assert response.status_code == 401
        assert response.headers.get("www-authenticate") == "Bearer"


def test_access_token_is_a_jwt_with_sub(client):
    """The access token is a JWT signed with HS256 and SECRET_KEY whose sub claim is the username."""
    token = log_in(client, "linus")["access_token"]
    claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    assert claims["sub"] == "linus"


def test_access_token_expires_in_15_minutes(client):
    """The access token's exp claim is 15 minutes after it was issued."""
    before = datetime.now(UTC)
    token = log_in(client, "ada")["access_token"]
    claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"], options={"require": ["exp"]})
    expires = datetime.fromtimestamp(claims["exp"], UTC)
    assert before + timedelta(minutes=14) <= expires <= datetime.now(UTC) + timedelta(minutes=15, seconds=1)


def test_me_answers_the_tokens_subject(client):
    """GET /users/me with a valid access token answers 200 {"username": <the token's sub>}, for a token from /token or any JWT signed with SECRET_KEY."""
    token = log_in(client, "ada")["access_token"]
    response = client.get("/users/me", headers=bearer(token))
    assert response.status_code == 200
    assert response.json() == {"username": "ada"}
    response = client.get("/users/me", headers=bearer(make_token({"sub": "linus", "exp": in_minutes(5)})))
    assert response.status_code == 200
    assert response.json() == {"username": "linus"}


INVALID = {
    "no-header": None,
    "not-a-jwt": "not-a-jwt",
    "other-key": make_token({"sub": "ada", "exp": in_minutes(5)}, key="another-key-0123456789abcdef-xyz!"),
    "hs512": make_token({"sub": "ada", "exp": in_minutes(5)}, algorithm="HS512"),
    "expired": make_token({"sub": "ada", "exp": in_minutes(-1)}),
    "no-exp": make_token({"sub": "ada"}),
}


@pytest.mark.parametrize("token", list(INVALID.values()), ids=list(INVALID))
def test_invalid_access_tokens_answer_401(client, token):
    """GET /users/me answers 401 with WWW-Authenticate: Bearer without a valid access token: none, not a JWT, signed with another key or algorithm than HS256, expired, or without exp."""
    response = client.get("/users/me", headers=bearer(token) if token else {})
    assert response.status_code == 401
    assert response.headers.get("www-authenticate") == "Bearer"


def test_refresh_gives_a_new_pair(client):
    """POST /token/refresh (form field refresh_token) answers 200 with a new access token that works and a new refresh token."""
    first = log_in(client, "linus")
    response = client.post("/token/refresh", data={"refresh_token": first["refresh_token"]})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert isinstance(body.get("refresh_token"), str) and body["refresh_token"] != first["refresh_token"]
    me = client.get("/users/me", headers=bearer(body["access_token"]))
    assert me.json() == {"username": "linus"}


def test_refresh_token_works_once(client):
    """A refresh token works once: used again, or one never issued, POST /token/refresh answers 401 with WWW-Authenticate: Bearer."""
    first = log_in(client, "ada")
    assert client.post("/token/refresh", data={"refresh_token": first["refresh_token"]}).status_code == 200
    for token in (first["refresh_token"], "made-up", first["access_token"]):
        response = client.post("/token/refresh", data={"refresh_token": token})
        assert response.status_code == 401
        assert response.headers.get("www-authenticate") == "Bearer"


def test_refresh_tokens_are_random(client):
    """Each login gets its own random refresh token: two logins of the same user get different ones."""
    assert log_in(client, "ada")["refresh_token"] != log_in(client, "ada")["refresh_token"]
