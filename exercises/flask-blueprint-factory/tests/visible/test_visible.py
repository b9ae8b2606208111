from app import create_app


def test_add_and_list_a_note():
    """POST /api/notes answers 201 with the note; GET /api/notes lists it."""
    client = create_app().test_client()
    response = client.post("/api/notes", json={"text": "buy milk"})
    assert response.status_code == 201
    assert response.get_json() == {"id": 1, "text": "buy milk"}
    notes = client.get("/api/notes").get_json()["notes"]
    assert notes == [{"id": 1, "text": "buy milk"}]


def test_health_reports_testing_config():
    """create_app({"TESTING": True}) makes /health say testing: true."""
    client = create_app({"TESTING": True}).test_client()
    assert client.get("/health").get_json()["testing"] is True
