import pytest
from fastapi.testclient import TestClient

from app import app

# Without raise_server_exceptions=False a crash would stop the test instead
# of showing up as the 500 answer a real client would get.
client = TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("user_id", "expected"),
    [
        (1, {"name": "Ada", "order_count": 2, "order_total": 22.3, "notifications": ["Your order shipped"]}),
        (2, {"name": "Linus", "order_count": 0, "order_total": 0, "notifications": ["Welcome!", "New login"]}),
    ],
    ids=["ada", "no-orders"],
)
def test_dashboard_combines_both_services(user_id, expected):
    """GET /users/{id}/dashboard answers 200 with the user's name, the number and total of their orders, and their notifications, each from its own service."""
    response = client.get(f"/users/{user_id}/dashboard")
    assert response.status_code == 200
    assert response.json() == expected


@pytest.mark.parametrize("path", ["/users/99/dashboard", "/users/0/dashboard"], ids=["unknown", "zero"])
def test_unknown_user_answers_404(path):
    """The async dependency answers 404 {"detail": "User not found"} for a user that does not exist, before any service is asked."""
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": "User not found"}


@pytest.mark.parametrize("user_id", [3, 4], ids=["orders-down", "notifications-down"])
def test_failing_service_answers_502(user_id):
    """When either service raises UpstreamError, the dashboard answers 502 {"detail": "Upstream service failed"}, not 500 and not a partial 200."""
    response = client.get(f"/users/{user_id}/dashboard")
    assert response.status_code == 502
    assert response.json() == {"detail": "Upstream service failed"}


@pytest.mark.parametrize(
    ("ids", "expected"),
    [([3, 1], [3, 1]), ([2], [2]), ([4, 2, 1], [4, 2, 1])],
    ids=["two-reversed", "one", "three"],
)
def test_users_in_the_order_asked(ids, expected):
    """GET /users?ids=...&ids=... answers 200 {"users": [...]} with every user asked for, in the order asked."""
    response = client.get("/users", params={"ids": ids})
    assert response.status_code == 200
    assert [user["id"] for user in response.json()["users"]] == expected
    assert response.json()["users"][0] == {"id": expected[0], "name": {1: "Ada", 2: "Linus", 3: "Grace", 4: "Alan"}[expected[0]]}


@pytest.mark.parametrize(
    ("params", "status", "detail"),
    [({"ids": [1, 99]}, 404, "User 99 not found"), ({"ids": [98, 1, 97]}, 404, "User 98 not found")],
    ids=["one-missing", "first-missing-named"],
)
def test_users_with_missing_id_answers_404(params, status, detail):
    """GET /users with an id that does not exist answers 404 {"detail": "User <id> not found"}, naming the first missing id in the order asked."""
    response = client.get("/users", params=params)
    assert response.status_code == status
    assert response.json() == {"detail": detail}


@pytest.mark.parametrize("params", [{}, {"ids": "abc"}], ids=["no-ids", "not-a-number"])
def test_users_bad_ids_answers_422(params):
    """GET /users without ids, or with an id that is not a whole number, answers 422 naming "ids" in the query."""
    response = client.get("/users", params=params)
    assert response.status_code == 422
    locs = [list(error["loc"]) for error in response.json()["detail"]]
    assert any(loc[:2] == ["query", "ids"] for loc in locs), locs
