import base64
import json

import pytest

from app import USERS, app

PASSWORDS = {"ada": "alice-secret-1", "linus": "linus-secret-2"}


def logged_in(username):
    client = app.test_client()
    response = client.post(
        "/login", json={"username": username, "password": PASSWORDS[username]}
    )
    assert response.status_code == 200
    return client


def session_cookie(client):
    cookie = client.get_cookie("session")
    assert cookie is not None, "no session cookie was set at login"
    return cookie.value


def test_login_answers_the_user():
    """POST /login with the right password answers 200 {"id": ..., "username": ...} for that user."""
    client = app.test_client()
    response = client.post("/login", json={"username": "linus", "password": "linus-secret-2"})
    assert response.status_code == 200
    assert response.get_json() == {"id": 2, "username": "linus"}


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ada", "password": "linus-secret-2"},
        {"username": "ada", "password": ""},
        {"username": "ada"},
        {"username": "eve", "password": "alice-secret-1"},
        None,
    ],
    ids=["wrong-password", "empty-password", "no-password", "unknown-user", "no-json-body"],
)
def test_bad_login_answers_401(body):
    """A wrong or missing password, an unknown user or a body that is not JSON answers 401 {"error": "invalid credentials"} and logs nobody in."""
    client = app.test_client()
    if body is None:
        response = client.post("/login", data="ada:alice-secret-1")
    else:
        response = client.post("/login", json=body)
    assert response.status_code == 401
    assert response.get_json() == {"error": "invalid credentials"}
    assert client.get("/me").status_code == 401


def test_me_follows_the_session():
    """GET /me answers 401 {"error": "not logged in"} before login and the logged-in user after; two clients stay two different users."""
    ada = app.test_client()
    response = ada.get("/me")
    assert response.status_code == 401
    assert response.get_json() == {"error": "not logged in"}
    ada.post("/login", json={"username": "ada", "password": "alice-secret-1"})
    linus = logged_in("linus")
    assert ada.get("/me").get_json() == {"id": 1, "username": "ada"}
    assert linus.get("/me").get_json() == {"id": 2, "username": "linus"}


def test_logout_clears_the_session():
    """POST /logout answers 200 {"logged_out": true}, and GET /me from the same client answers 401 afterwards."""
    client = logged_in("ada")
    response = client.post("/logout")
    assert response.status_code == 200
    assert response.get_json() == {"logged_out": True}
    response = client.get("/me")
    assert response.status_code == 401
    assert response.get_json() == {"error": "not logged in"}


def b64(data: dict) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    "forgery", ["edited-session", "plain-cookies"], ids=["edited-session", "plain-cookies"]
)
def test_tampered_cookies_are_rejected(forgery):
    """A session cookie edited by hand (say, to change the user id), or hand-made cookies naming a user, do not log anybody in: GET /me answers 401."""
    client = app.test_client()
    if forgery == "edited-session":
        client = logged_in("linus")
        payload, _, signature = session_cookie(client).partition(".")
        # Keep linus's signature but claim to be user 1 (ada).
        client.set_cookie("session", b64({"user_id": 1}) + "." + signature)
    else:
        for name, value in {"user_id": "1", "username": "ada", "user": "ada"}.items():
            client.set_cookie(name, value)
    response = client.get("/me")
    assert response.status_code == 401
    assert response.get_json() == {"error": "not logged in"}


def test_session_cookie_reveals_no_secrets():
    """The session is signed but readable by the client, so after login it must not contain the password, its hash or the salt, only the user id."""
    client = logged_in("ada")
    from flask.sessions import SecureCookieSessionInterface

    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    contents = json.dumps(serializer.loads(session_cookie(client)))
    for secret in ["alice-secret-1", USERS["ada"]["password_hash"], USERS["ada"]["salt"]]:
        assert secret not in contents


def test_session_holds_only_the_user_id():
    """After login the session holds only the user id: {"user_id": <id>}."""
    client = logged_in("linus")
    from flask.sessions import SecureCookieSessionInterface

    serializer = SecureCookieSessionInterface().get_signing_serializer(app)
    assert serializer.loads(session_cookie(client)) == {"user_id": 2}
