from app import app

client = app.test_client()


def test_valid_registration():
    """A valid body answers 201 with an id and tickets defaulting to 1."""
    body = {"name": "Ada", "email": "ada@example.com", "age": 36}
    response = client.post("/registrations", json=body)
    assert response.status_code == 201
    assert response.get_json()["tickets"] == 1


def test_age_too_low():
    """age 12 answers 422 with an error for the field "age"."""
    body = {"name": "Ada", "email": "ada@example.com", "age": 12}
    response = client.post("/registrations", json=body)
    assert response.status_code == 422
    assert response.get_json()["errors"][0]["field"] == "age"
