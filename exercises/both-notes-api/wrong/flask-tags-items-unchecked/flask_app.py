from itertools import count

from flask import Flask, request

app = Flask(__name__)

notes: dict[int, dict] = {}
next_id = count(1)


def validate(data) -> str | None:
    """Returns a problem description, or None when the body is valid."""
    if not isinstance(data, dict):
        return "the body must be a JSON object"
    text = data.get("text")
    if not isinstance(text, str) or not 1 <= len(text) <= 200:
        return "text must be a string of 1-200 characters"
    tags = data.get("tags", [])
    if not isinstance(tags, list):
        return "tags must be a list of strings"
    return None


@app.post("/notes")
def create_note():
    data = request.get_json(silent=True)
    problem = validate(data)
    if problem:
        return {"detail": problem}, 422
    note = {"id": next(next_id), "text": data["text"],
            "tags": data.get("tags", [])}
    notes[note["id"]] = note
    return note, 201


@app.get("/notes")
def list_notes():
    tag = request.args.get("tag")
    return [n for n in notes.values() if tag is None or tag in n["tags"]]


@app.get("/notes/<int:note_id>")
def read_note(note_id):
    if note_id not in notes:
        return {"detail": "Note not found"}, 404
    return notes[note_id]
