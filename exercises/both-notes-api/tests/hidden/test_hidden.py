import uuid

import pytest


def test_create_note_answers_201(client):
    """POST /notes {"text": ..., "tags": [...]} answers 201 with the note and a new integer id."""
    response = client.post("/notes", json={"text": "Buy milk", "tags": ["home"]})
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body.pop("id"), int)
    assert body == {"text": "Buy milk", "tags": ["home"]}


def test_tags_default_to_empty(client):
    """A note sent without tags is stored with "tags": []; GET /notes/{id} answers it."""
    created = client.post("/notes", json={"text": "Call Bob"}).json()
    assert created["tags"] == []
    response = client.get(f"/notes/{created['id']}")
    assert response.status_code == 200
    assert response.json() == created


@pytest.mark.parametrize(
    "body",
    [{}, {"text": ""}, {"text": ["Buy", "milk"]}, {"text": "x" * 201}, {"text": "ok", "tags": "home"}, {"text": "ok", "tags": [["home"]]}, [1, 2]],
    ids=["no-text", "empty-text", "text-not-a-string", "text-too-long", "tags-not-a-list", "tags-not-strings", "not-an-object"],
)
def test_invalid_note_answers_422(client, body):
    """An invalid body answers 422 with a JSON object that has a "detail" key, in both frameworks."""
    response = client.post("/notes", json=body)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_body_that_is_not_json_answers_422(client):
    """A body that is not JSON at all answers 422 with a JSON object that has a "detail" key, in both frameworks."""
    response = client.post("/notes", content=b'{"text": ', headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "detail" in response.json()


def test_text_of_200_characters_is_valid(client):
    """A text of exactly 200 characters is valid (201)."""
    response = client.post("/notes", json={"text": "x" * 200})
    assert response.status_code == 201


def test_unknown_note_answers_404(client):
    """GET /notes/{id} for an unknown id answers 404 with the JSON {"detail": "Note not found"}."""
    response = client.get("/notes/987654")
    assert response.status_code == 404
    assert response.headers["content-type"].split(";")[0] == "application/json"
    assert response.json() == {"detail": "Note not found"}


def test_tag_filter(client):
    """GET /notes?tag=x answers only the notes tagged x; GET /notes answers them all, oldest first."""
    tag = f"tag-{uuid.uuid4().hex[:8]}"
    tagged = client.post("/notes", json={"text": "tagged", "tags": [tag, "misc"]}).json()
    other = client.post("/notes", json={"text": "other", "tags": ["misc"]}).json()
    response = client.get("/notes", params={"tag": tag})
    assert response.status_code == 200
    assert response.json() == [tagged]
    everything = client.get("/notes").json()
    assert everything[-2:] == [tagged, other], "GET /notes lists the notes oldest first"
