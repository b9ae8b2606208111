import pytest

from app import create_app


@pytest.fixture
def client():
    return create_app().test_client()


def add(client, text):
    return client.post("/api/notes", json={"text": text})


def test_notes_live_under_the_api_prefix(client):
    """POST /api/notes answers 201 {"id": 1, "text": ...} on a fresh app, GET /api/notes lists the notes, and /notes (without the prefix) is 404."""
    response = add(client, "water the plants")
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "text": "water the plants"}
    assert add(client, "call Ada").get_json() == {"id": 2, "text": "call Ada"}
    response = client.get("/api/notes")
    assert response.status_code == 200
    assert response.get_json() == {
        "notes": [
            {"id": 1, "text": "water the plants"},
            {"id": 2, "text": "call Ada"},
        ]
    }
    assert client.get("/notes").status_code == 404


def test_each_app_has_its_own_notes():
    """Two apps made by create_app() do not share notes: each starts empty and numbers its notes from 1."""
    first = create_app().test_client()
    second = create_app().test_client()
    add(first, "only in the first app")
    assert second.get("/api/notes").get_json() == {"notes": []}
    assert add(second, "second app").get_json() == {"id": 1, "text": "second app"}
    assert len(first.get("/api/notes").get_json()["notes"]) == 1


def test_defaults_without_config(client):
    """create_app() uses the defaults: /health answers {"service": "notes", "testing": false}, and a 4th note answers 409 {"error": "note limit reached"}."""
    assert client.get("/health").get_json() == {"service": "notes", "testing": False}
    for n in range(3):
        assert add(client, f"note {n}").status_code == 201
    response = add(client, "one too many")
    assert response.status_code == 409
    assert response.get_json() == {"error": "note limit reached"}


def test_config_overrides_the_defaults():
    """create_app({"MAX_NOTES": 1, "SERVICE_NAME": "memo", "TESTING": True}) uses those settings: /health reports them and a 2nd note answers 409."""
    app = create_app({"MAX_NOTES": 1, "SERVICE_NAME": "memo", "TESTING": True})
    client = app.test_client()
    assert client.get("/health").get_json() == {"service": "memo", "testing": True}
    assert add(client, "first").status_code == 201
    response = add(client, "second")
    assert response.status_code == 409
    assert response.get_json() == {"error": "note limit reached"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"json": {}},
        {"json": {"text": "   "}},
        {"json": {"text": 42}},
        {"data": "buy milk", "content_type": "text/plain"},
    ],
    ids=["missing", "blank", "not-a-string", "not-json"],
)
def test_note_text_is_required(client, kwargs):
    """POST /api/notes without a non-blank string "text" answers 400 {"error": "text is required"} and stores nothing."""
    response = client.post("/api/notes", **kwargs)
    assert response.status_code == 400
    assert response.get_json() == {"error": "text is required"}
    assert client.get("/api/notes").get_json() == {"notes": []}


def test_notes_routes_belong_to_the_blueprint():
    """The /api/notes routes are registered by the Blueprint notes_bp (their endpoints are named after it), and /health by the app itself."""
    from app import notes_bp

    app = create_app()
    assert app.blueprints.get(notes_bp.name) is notes_bp
    endpoints = {rule.rule: rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints["/api/notes"].startswith(f"{notes_bp.name}."), endpoints
    assert "." not in endpoints["/health"], endpoints
