from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_dashboard_for_ada():
    """GET /users/1/dashboard answers 200 with Ada's orders and notifications."""
    response = client.get("/users/1/dashboard")
    assert response.status_code == 200
    assert response.json() == {
        "name": "Ada",
        "order_count": 2,
        "order_total": 22.3,
        "notifications": ["Your order shipped"],
    }


def test_unknown_user_is_404():
    """GET /users/99/dashboard answers 404."""
    assert client.get("/users/99/dashboard").status_code == 404
