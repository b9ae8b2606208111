from app import USERS, app

client = app.test_client()


def test_register_then_log_in():
    """Register grace, then log in with her password."""
    response = client.post("/register", json={"username": "grace", "password": "cobol-1959"})
    assert response.status_code == 201
    response = client.post("/login", json={"username": "grace", "password": "cobol-1959"})
    assert response.status_code == 200
    assert response.get_json() == {"username": "grace"}


def test_the_password_is_not_stored():
    """USERS holds a hash, not the password."""
    client.post("/register", json={"username": "alan", "password": "enigma-1941"})
    assert "enigma-1941" not in USERS["alan"]
