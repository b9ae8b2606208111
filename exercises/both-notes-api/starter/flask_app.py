from itertools import count

from flask import Flask, request

app = Flask(__name__)

notes: dict[int, dict] = {}
next_id = count(1)


@app.post("/notes")
def create_note():
    data = request.get_json()
    # TODO: validate (text: 1-200 characters, tags: list of strings)
    #       and answer {"detail": ...}, 422 for an invalid body
    note = {"id": next(next_id), "text": data["text"], "tags": data.get("tags", [])}
    notes[note["id"]] = note
    # TODO: 201 Created
    return note


# TODO: GET /notes (optional ?tag=) and GET /notes/<id> (404 as JSON)
