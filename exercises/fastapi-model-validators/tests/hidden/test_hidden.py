import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


def sign_up(client, username="ada_lovelace", password="analytical1", repeat=None, **extra):
    """POST /users with a body built from the arguments; the repeat is the password unless given."""
    body = {"username": username, "password": password,
            "password_repeat": password if repeat is None else repeat, **extra}
    return client.post("/users", json=body)


def error_types(response):
    """The (loc, type) pairs of a FastAPI 422 body."""
    return {(tuple(e["loc"]), e["type"]) for e in response.json()["detail"]}


def test_signup_answers_201_with_normalised_username(client):
    """POST /users with "  Ada_Lovelace " answers 201 with exactly {"username": "ada_lovelace"}: trimmed, lower case, no password."""
    response = sign_up(client, username="  Ada_Lovelace ")
    assert response.status_code == 201
    assert response.json() == {"username": "ada_lovelace"}


def test_passwords_are_stripped_too(client):
    """Whitespace is removed from every string: a password of 7 letters with spaces around it is too short (422, "string_too_short")."""
    response = sign_up(client, username="spacey", password="  abcdefg  ")
    assert response.status_code == 422
    assert (("body", "password"), "string_too_short") in error_types(response)


@pytest.mark.parametrize("username", ["admin", "Admin", "ROOT", " support "])
def test_reserved_names_are_rejected_in_any_case(client, username):
    """The reserved names admin, root and support, in any case, answer 422 with the error type "value_error" at ["body", "username"]."""
    response = sign_up(client, username=username)
    assert response.status_code == 422
    assert (("body", "username"), "value_error") in error_types(response)


def test_unknown_fields_are_rejected(client):
    """A body with a field the model does not declare ("is_admin") answers 422 with the error type "extra_forbidden"."""
    response = sign_up(client, username="mallory", is_admin=True)
    assert response.status_code == 422
    assert (("body", "is_admin"), "extra_forbidden") in error_types(response)


def test_different_passwords_are_rejected(client):
    """Two different passwords answer 422 with the error type "value_error"."""
    response = sign_up(client, username="typo_user", password="analytical1", repeat="analytica11")
    assert response.status_code == 422
    assert "value_error" in {error["type"] for error in response.json()["detail"]}


@pytest.mark.parametrize(
    ("fields", "loc", "error_type"),
    [
        ({"username": "ab"}, ("body", "username"), "string_too_short"),
        ({"username": "a" * 21}, ("body", "username"), "string_too_long"),
        ({"username": "ada lovelace"}, ("body", "username"), "string_pattern_mismatch"),
        ({"username": "ada-lovelace"}, ("body", "username"), "string_pattern_mismatch"),
        ({"password": "short", "repeat": "short"}, ("body", "password"), "string_too_short"),
        ({"password": "analytical1", "repeat": "short"}, ("body", "password_repeat"), "string_too_short"),
    ],
    ids=[
        "username-too-short",
        "username-too-long",
        "username-with-space",
        "username-with-dash",
        "password-too-short",
        "repeat-too-short",
    ],
)
def test_field_rules(client, fields, loc, error_type):
    """username: 3-20 letters, digits or _; password and password_repeat: at least 8 characters. A broken rule answers 422 with Pydantic's error type at that field."""
    response = sign_up(client, **fields)
    assert response.status_code == 422
    assert (loc, error_type) in error_types(response)


@pytest.mark.parametrize("username", ["abc", "a" * 20, "R2_D2"], ids=["3-characters", "20-characters", "digits-and-underscore"])
def test_valid_usernames(client, username):
    """Usernames of 3 and of 20 characters, with letters, digits and _, are valid (201)."""
    response = sign_up(client, username=username)
    assert response.status_code == 201
    assert response.json() == {"username": username.lower()}
