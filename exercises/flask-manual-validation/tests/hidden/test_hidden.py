import pytest

from app import app

VALID = {"name": "Grace", "email": "grace@example.com", "age": 45}


@pytest.fixture
def client():
    return app.test_client()


def error_fields(response):
    errors = response.get_json()["errors"]
    for error in errors:
        assert isinstance(error["message"], str) and error["message"].strip()
    return sorted(error["field"] for error in errors)


def test_valid_body_answers_201(client):
    """A valid body answers 201 with the registration: an integer id, the fields sent, and tickets (1 when not sent)."""
    response = client.post("/registrations", json={**VALID, "tickets": 3})
    assert response.status_code == 201
    body = response.get_json()
    assert isinstance(body.pop("id"), int)
    assert body == {**VALID, "tickets": 3}
    response = client.post("/registrations", json=VALID)
    assert response.status_code == 201
    assert response.get_json()["tickets"] == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": None}, "name"),
        ({"name": "   "}, "name"),
        ({"name": "x" * 51}, "name"),
        ({"email": "grace.example.com"}, "email"),
        ({"email": None}, "email"),
        ({"age": None}, "age"),
        ({"age": "45"}, "age"),
        ({"age": True}, "age"),
        ({"age": 45.5}, "age"),
        ({"age": 12}, "age"),
        ({"age": 121}, "age"),
        ({"tickets": 0}, "tickets"),
        ({"tickets": 5}, "tickets"),
        ({"tickets": True}, "tickets"),
    ],
    ids=[
        "name-missing", "name-blank", "name-too-long", "email-without-at", "email-missing", "age-missing",
        "age-as-string", "age-true", "age-fraction", "age-12", "age-121",
        "tickets-0", "tickets-5", "tickets-true",
    ],
)
def test_invalid_field_answers_422(client, change, field):
    """An invalid field answers 422 with {"errors": [{"field": <that field>, "message": <text>}]}: one entry, naming the field."""
    body = {k: v for k, v in {**VALID, **change}.items() if v is not None}
    response = client.post("/registrations", json=body)
    assert response.status_code == 422
    assert response.mimetype == "application/json"
    assert error_fields(response) == [field]


@pytest.mark.parametrize(
    "change",
    [{"name": "x" * 50}, {"age": 13}, {"age": 120}, {"tickets": 1}, {"tickets": 4}],
    ids=["name-50", "age-13", "age-120", "tickets-1", "tickets-4"],
)
def test_limits_are_inclusive(client, change):
    """The limits include their ends: a 50-character name, age 13 and 120, and 1 or 4 tickets are valid (201)."""
    response = client.post("/registrations", json={**VALID, **change})
    assert response.status_code == 201, response.get_json()


def test_all_errors_are_reported_together(client):
    """A body with several invalid fields answers 422 listing every one of them, not just the first."""
    body = {"name": "", "email": "nope", "age": "old", "tickets": 9}
    response = client.post("/registrations", json=body)
    assert response.status_code == 422
    assert error_fields(response) == ["age", "email", "name", "tickets"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": "name=Grace", "content_type": "application/x-www-form-urlencoded"},
        {"data": "{not json", "content_type": "application/json"},
        {"json": [VALID]},
    ],
    ids=["form-data", "broken-json", "json-list"],
)
def test_body_must_be_a_json_object(client, kwargs):
    """A body that is not a JSON object answers 400 in the same format: {"errors": [{"field": "body", "message": <text>}]}."""
    response = client.post("/registrations", **kwargs)
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    assert error_fields(response) == ["body"]
