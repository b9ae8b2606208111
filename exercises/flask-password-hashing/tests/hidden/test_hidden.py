import secrets

import pytest
from passlib.hash import sha512_crypt

from app import USERS, app


@pytest.fixture
def client():
    return app.test_client()


def new_name():
    # USERS lives for the whole run: every test registers users of its own.
    return f"user-{secrets.token_hex(4)}"


def register(client, username, password):
    return client.post("/register", json={"username": username, "password": password})


def log_in(client, username, password):
    return client.post("/login", json={"username": username, "password": password})


def test_register_answers_201(client):
    """POST /register answers 201 {"username": ...} for a new username."""
    username = new_name()
    response = register(client, username, "tr0ub4dor&3")
    assert response.status_code == 201
    assert response.get_json() == {"username": username}


def test_taken_username_answers_409(client):
    """POST /register with a taken username answers 409 {"error": "username taken"} and keeps the first password."""
    username = new_name()
    register(client, username, "first-password")
    first_hash = USERS[username]
    response = register(client, username, "second-password")
    assert response.status_code == 409
    assert response.get_json() == {"error": "username taken"}
    assert USERS[username] == first_hash, "the taken username's hash was replaced"


def test_users_holds_a_sha512_crypt_hash(client):
    """USERS holds, for each username, a sha512_crypt hash of the password (which verifies), never the password itself."""
    username, password = new_name(), "correct horse battery staple"
    register(client, username, password)
    stored = USERS[username]
    assert isinstance(stored, str)
    assert password not in stored
    assert sha512_crypt.identify(stored), f"not a sha512_crypt hash: {stored[:20]!r}"
    assert sha512_crypt.verify(password, stored)


def test_hash_has_at_least_5000_rounds(client):
    """The stored hash uses at least 5,000 rounds."""
    username = new_name()
    register(client, username, "correct horse battery staple")
    assert sha512_crypt.from_string(USERS[username]).rounds >= 5000


def test_same_password_gives_different_hashes(client):
    """Two users with the same password get different stored hashes (a new random salt each time)."""
    first, second = new_name(), new_name()
    register(client, first, "same-password-123")
    register(client, second, "same-password-123")
    assert USERS[first] != USERS[second]


def test_login_verifies_the_password(client):
    """POST /login answers 200 {"username": ...} for the right password and 401 {"error": "invalid credentials"} for a wrong one."""
    username = new_name()
    register(client, username, "tr0ub4dor&3")
    response = log_in(client, username, "tr0ub4dor&3")
    assert response.status_code == 200
    assert response.get_json() == {"username": username}
    for wrong in ("tr0ub4dor&4", "TR0UB4DOR&3", ""):
        response = log_in(client, username, wrong)
        assert response.status_code == 401
        assert response.get_json() == {"error": "invalid credentials"}


def test_unknown_user_gets_the_same_401(client):
    """POST /login for a username that was never registered answers the same 401 {"error": "invalid credentials"}."""
    response = log_in(client, new_name(), "tr0ub4dor&3")
    assert response.status_code == 401
    assert response.get_json() == {"error": "invalid credentials"}
