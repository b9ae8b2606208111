import pytest

from app import app

READ = "rd-7Qk2m9XbT4"
WRITE = "wr-J3n8pL0vZ6"
ADMIN = "ad-Y5c1sR8hW2"


def bearer(token, scheme="Bearer"):
    return {"Authorization": f"{scheme} {token}"}


@pytest.mark.parametrize(
    "headers",
    [bearer(READ), bearer(READ, "bearer"), bearer(ADMIN)],
    ids=["read-token", "lowercase-scheme", "admin-token"],
)
def test_token_with_the_scope_reads_notes(headers):
    """GET /notes with "Authorization: Bearer <token>" for a token with notes:read answers 200 and the list; the word Bearer may be in any case."""
    response = app.test_client().get("/notes", headers=headers)
    assert response.status_code == 200
    assert {"id": 1, "text": "Welcome"} in response.get_json()


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": f"Basic {READ}"},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer "},
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": READ},
    ],
    ids=["no-header", "basic-scheme", "bearer-alone", "bearer-empty-token", "unknown-token", "token-without-scheme"],
)
def test_no_valid_token_answers_401(headers):
    """Without a valid bearer token, GET /me, GET /notes, POST /notes and DELETE /notes/<id> answer 401 {"error": "not authenticated"} with the header WWW-Authenticate: Bearer (not 403: the server does not know who you are), on every endpoint."""
    client = app.test_client()
    for response in [
        client.get("/me", headers=headers),
        client.get("/notes", headers=headers),
        client.post("/notes", json={"text": "sneaky"}, headers=headers),
        client.delete("/notes/1", headers=headers),
    ]:
        assert response.status_code == 401
        assert response.get_json() == {"error": "not authenticated"}
        assert response.headers.get("WWW-Authenticate", "").startswith("Bearer")


def test_me_answers_the_tokens_owner():
    """GET /me answers {"user": ..., "scopes": [...]} for the token that was sent."""
    client = app.test_client()
    response = client.get("/me", headers=bearer(ADMIN))
    assert response.status_code == 200
    assert response.get_json() == {
        "user": "linus",
        "scopes": ["notes:read", "notes:write", "notes:delete"],
    }
    assert client.get("/me", headers=bearer(WRITE)).get_json()["scopes"] == ["notes:read", "notes:write"]


@pytest.mark.parametrize(
    ("method", "token", "scope"),
    [("post", READ, "notes:write"), ("delete", READ, "notes:delete"), ("delete", WRITE, "notes:delete")],
    ids=["write-with-read-token", "delete-with-read-token", "delete-with-write-token"],
)
def test_missing_scope_answers_403(method, token, scope):
    """A valid token without the endpoint's scope answers 403 {"error": "insufficient scope", "required_scope": ...}, and nothing is created or deleted."""
    client = app.test_client()
    before = client.get("/notes", headers=bearer(ADMIN)).get_json()
    if method == "post":
        response = client.post("/notes", json={"text": "not allowed"}, headers=bearer(token))
    else:
        response = client.delete("/notes/1", headers=bearer(token))
    assert response.status_code == 403
    assert response.get_json() == {"error": "insufficient scope", "required_scope": scope}
    assert client.get("/notes", headers=bearer(ADMIN)).get_json() == before


def test_scoped_tokens_can_write_and_delete():
    """A token with notes:write can POST /notes (201); one with notes:delete can DELETE /notes/<id> (204), and the note is gone."""
    client = app.test_client()
    response = client.post("/notes", json={"text": "Buy milk"}, headers=bearer(WRITE))
    assert response.status_code == 201
    note = response.get_json()
    assert note["text"] == "Buy milk"
    response = client.delete(f"/notes/{note['id']}", headers=bearer(ADMIN))
    assert response.status_code == 204
    assert note not in client.get("/notes", headers=bearer(READ)).get_json()
