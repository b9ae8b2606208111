from app import app


def test_me_with_a_token():
    """GET /me with a valid bearer token answers its user and scopes."""
    response = app.test_client().get("/me", headers={"Authorization": "Bearer rd-7Qk2m9XbT4"})
    assert response.status_code == 200
    assert response.get_json() == {"user": "ada", "scopes": ["notes:read"]}


def test_notes_need_a_token():
    """GET /notes without a token answers 401."""
    assert app.test_client().get("/notes").status_code == 401
