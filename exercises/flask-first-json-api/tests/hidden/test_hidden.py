import pytest

from app import app


@pytest.fixture
def client():
    return app.test_client()


def test_list_is_a_json_list_in_id_order(client):
    """GET /planets answers 200 with a JSON list (not an object) of every planet, in id order."""
    response = client.get("/planets")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert isinstance(body, list), f"expected a JSON list, got {type(body).__name__}"
    assert [p["name"] for p in body] == ["Mercury", "Venus", "Earth", "Mars"]
    assert body[2] == {"id": 3, "name": "Earth", "moons": 1}


@pytest.mark.parametrize(
    ("planet_id", "expected"),
    [
        (1, {"id": 1, "name": "Mercury", "moons": 0}),
        (4, {"id": 4, "name": "Mars", "moons": 2}),
    ],
    ids=["mercury", "mars"],
)
def test_read_one_planet(client, planet_id, expected):
    """GET /planets/<id> answers 200 with that one planet as a JSON object."""
    response = client.get(f"/planets/{planet_id}")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert response.get_json() == expected


@pytest.mark.parametrize("planet_id", [9, 0], ids=["id-9", "id-0"])
def test_unknown_id_answers_json_404(client, planet_id):
    """GET /planets/<id> for an id with no planet answers 404 with the JSON body {"error": "planet not found"}."""
    response = client.get(f"/planets/{planet_id}")
    assert response.status_code == 404
    assert response.mimetype == "application/json"
    assert response.get_json() == {"error": "planet not found"}


def test_id_that_is_not_a_number_answers_404(client):
    """GET /planets/mars (an id that is not a whole number) answers 404, not a server error."""
    response = client.get("/planets/mars")
    assert response.status_code == 404
