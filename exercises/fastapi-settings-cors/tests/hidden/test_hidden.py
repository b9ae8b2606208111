import os

import pytest
from fastapi.testclient import TestClient

from app import Settings, app, get_settings

VARIABLES = ("APP_NAME", "ALLOWED_ORIGINS", "MAINTENANCE")


def forget_settings():
    """Drop cached settings, if get_settings caches them."""
    cache_clear = getattr(get_settings, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()


@pytest.fixture
def environment():
    """Lets a test set environment variables; puts the old ones back afterwards."""
    saved = {name: os.environ.get(name) for name in VARIABLES}
    for name in VARIABLES:
        os.environ.pop(name, None)
    forget_settings()

    def set_variables(**values):
        os.environ.update(values)
        forget_settings()

    yield set_variables
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    forget_settings()


@pytest.fixture
def client():
    app.dependency_overrides.clear()
    with TestClient(app) as client:
        yield client
    app.dependency_overrides.clear()


def test_defaults_without_variables(environment, client):
    """With none of the variables set, GET /info answers {"app": "Notes API", "maintenance": false} and GET /notes answers 200 with the notes."""
    response = client.get("/info")
    assert response.status_code == 200
    assert response.json() == {"app": "Notes API", "maintenance": False}
    notes = client.get("/notes")
    assert notes.status_code == 200
    assert notes.json() == {"notes": [{"id": 1, "text": "Buy milk"}, {"id": 2, "text": "Call Ada"}]}


@pytest.mark.parametrize(
    ("value", "on"),
    [("1", True), ("true", True), ("TRUE", True), ("yes", True), ("on", True),
     ("0", False), ("false", False), ("False", False), ("no", False), ("", False)],
    ids=["1", "true", "TRUE", "yes", "on", "0", "false", "False", "no", "empty"],
)
def test_variables_are_read(environment, client, value, on):
    """get_settings reads APP_NAME and MAINTENANCE from the environment: 1, true, yes, on (any case) switch maintenance on, so GET /notes answers 503 {"detail": "Down for maintenance"}; other values such as "false" or "0" leave it off."""
    environment(APP_NAME="Test Notes", MAINTENANCE=value)
    info = client.get("/info")
    assert info.status_code == 200
    assert info.json() == {"app": "Test Notes", "maintenance": on}
    notes = client.get("/notes")
    if on:
        assert notes.status_code == 503
        assert notes.json() == {"detail": "Down for maintenance"}
    else:
        assert notes.status_code == 200


def test_allowed_origins_are_split(environment):
    """ALLOWED_ORIGINS is a comma-separated list: get_settings().allowed_origins holds each origin, without the spaces around commas."""
    environment(ALLOWED_ORIGINS=" https://a.example , https://b.example")
    assert tuple(get_settings().allowed_origins) == ("https://a.example", "https://b.example")


def test_endpoints_take_settings_as_a_dependency(client):
    """With app.dependency_overrides[get_settings] replaced by Settings(app_name="Override", maintenance=True), GET /info answers with those values (it still works in maintenance mode) and GET /notes answers 503."""
    app.dependency_overrides[get_settings] = lambda: Settings(app_name="Override", maintenance=True)
    info = client.get("/info")
    assert info.status_code == 200
    assert info.json() == {"app": "Override", "maintenance": True}
    notes = client.get("/notes")
    assert notes.status_code == 503
    assert notes.json() == {"detail": "Down for maintenance"}


def test_cors_allows_only_the_configured_origin(client):
    """A browser preflight (OPTIONS with Origin and Access-Control-Request-Method: GET) from https://notes.example is allowed for that origin; requests from any other origin get no Access-Control-Allow-Origin header."""
    preflight = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "Content-Type"}
    allowed = client.options("/notes", headers={"Origin": "https://notes.example", **preflight})
    assert allowed.status_code == 200
    # A browser accepts its own origin or "*"; the checks below rule out "*".
    assert allowed.headers.get("access-control-allow-origin") in {"https://notes.example", "*"}
    other = client.options("/notes", headers={"Origin": "https://evil.example", **preflight})
    assert other.headers.get("access-control-allow-origin") is None
    simple = client.get("/notes", headers={"Origin": "https://evil.example"})
    assert simple.headers.get("access-control-allow-origin") is None
