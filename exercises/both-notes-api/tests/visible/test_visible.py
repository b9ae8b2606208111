def test_create_and_read(client):
    """POST /notes answers 201; GET /notes/{id} answers the note."""
    created = client.post("/notes", json={"text": "Buy milk", "tags": ["home"]})
    assert created.status_code == 201
    note = created.json()
    assert client.get(f"/notes/{note['id']}").json() == note
