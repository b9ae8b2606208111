import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def test_user_by_integer_id(client):
    """GET /users/1 answers 200 with the user, whose id is a number; GET /users/99 answers 404 {"error": "user not found"}."""
    response = client.get("/users/1")
    assert response.status_code == 200
    assert response.get_json() == {"id": 1, "name": "Ada"}
    response = client.get("/users/99")
    assert response.status_code == 404
    assert response.get_json() == {"error": "user not found"}


@pytest.mark.parametrize(
    "path",
    ["/users/abc", "/users/1.5", "/users/abc/notes"],
    ids=["letters", "decimal", "letters-notes"],
)
def test_int_converter_rejects_other_ids(client, path):
    """A user id that is not a whole number (/users/abc, /users/1.5) answers 404, never 500."""
    assert client.get(path).status_code == 404


def test_post_by_slug(client):
    """GET /posts/<slug> answers 200 with the post; an unknown slug answers 404 {"error": "post not found"}."""
    response = client.get("/posts/url-converters")
    assert response.status_code == 200
    assert response.get_json() == {"slug": "url-converters", "title": "Converters"}
    response = client.get("/posts/no-such-post")
    assert response.status_code == 404
    assert response.get_json() == {"error": "post not found"}


@pytest.mark.parametrize(
    ("path", "parts"),
    [
        ("docs/2024/report.txt", ["docs", "2024", "report.txt"]),
        ("readme.md", ["readme.md"]),
    ],
    ids=["nested", "single"],
)
def test_path_converter_keeps_slashes(client, path, parts):
    """GET /files/<path> captures the whole path, slashes included, and answers {"path": ..., "parts": [...]}."""
    response = client.get(f"/files/{path}")
    assert response.status_code == 200
    assert response.get_json() == {"path": path, "parts": parts}


def test_notes_get_and_post_on_one_route(client):
    """POST /users/<id>/notes answers 201 with the new note and GET then lists it; a missing text answers 400; DELETE answers 405."""
    response = client.post("/users/2/notes", json={"text": "Write tests"})
    assert response.status_code == 201
    assert response.get_json() == {"user_id": 2, "text": "Write tests"}
    response = client.get("/users/2/notes")
    assert response.status_code == 200
    assert {"user_id": 2, "text": "Write tests"} in response.get_json()
    response = client.post("/users/2/notes", json={"text": "   "})
    assert response.status_code == 400
    assert response.get_json() == {"error": "text is required"}
    assert client.delete("/users/2/notes").status_code == 405


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": 5}, ["text"]], ids=["missing", "empty", "number", "not-an-object"])
def test_note_without_text_answers_400(client, body):
    """POST /users/<id>/notes without a non-blank string text answers 400 {"error": "text is required"} and adds no note."""
    before = client.get("/users/1/notes").get_json()
    response = client.post("/users/1/notes", json=body)
    assert response.status_code == 400
    assert response.get_json() == {"error": "text is required"}
    assert client.get("/users/1/notes").get_json() == before


def test_notes_are_listed_oldest_first(client):
    """GET /users/<id>/notes lists that user's notes oldest first."""
    client.post("/users/1/notes", json={"text": "first"})
    client.post("/users/1/notes", json={"text": "second"})
    notes = client.get("/users/1/notes").get_json()
    assert notes[-2:] == [{"user_id": 1, "text": "first"}, {"user_id": 1, "text": "second"}]


def test_get_and_post_notes_share_one_view_function():
    """GET and POST on /users/<id>/notes are served by one view function (one route with both methods)."""
    rules = [rule for rule in app.url_map.iter_rules() if rule.rule == "/users/<int:user_id>/notes"]
    endpoints = {rule.endpoint for rule in rules}
    assert len(endpoints) == 1, f"served by {sorted(endpoints)}"
    methods = set().union(*(rule.methods for rule in rules))
    assert {"GET", "POST"} <= methods


@pytest.mark.parametrize("method", ["get", "post"], ids=["GET", "POST"])
def test_notes_of_unknown_user_answer_404(client, method):
    """GET or POST /users/<id>/notes for a user that does not exist answers 404 {"error": "user not found"}."""
    response = getattr(client, method)("/users/99/notes", json={"text": "hi"} if method == "post" else None)
    assert response.status_code == 404
    assert response.get_json() == {"error": "user not found"}
