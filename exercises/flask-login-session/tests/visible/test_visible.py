from app import app


def test_login_then_me():
    """After logging in as ada, GET /me answers ada."""
    client = app.test_client()
    login = {"username": "ada", "password": "alice-secret-1"}
    assert client.post("/login", json=login).status_code == 200
    response = client.get("/me")
    assert response.status_code == 200
    assert response.get_json() == {"id": 1, "username": "ada"}


def test_me_needs_login():
    """GET /me without logging in answers 401."""
    assert app.test_client().get("/me").status_code == 401
