from app import app

client = app.test_client()


def test_login_and_me():
    """Log in as ada, then GET /me with the token."""
    login = client.post("/login", json={"username": "ada", "password": "alice-secret-1"})
    assert login.status_code == 200
    token = login.get_json()["access_token"]
    response = client.get("/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.get_json() == {"username": "ada", "role": "admin"}


def test_me_without_token():
    """GET /me without a token answers 401."""
    assert client.get("/me").status_code == 401
