# Notes in a list, one route per URL with a method branch, the checks as
# one boolean expression.
from flask import Flask, jsonify, request

app = Flask(__name__)
notes: list[dict] = []


def valid(body) -> bool:
    return (
        isinstance(body, dict)
        and isinstance(body.get("text"), str)
        and 0 < len(body["text"]) <= 200
        and isinstance(body.get("tags", []), list)
        and all(isinstance(tag, str) for tag in body.get("tags", []))
    )


@app.route("/notes", methods=["GET", "POST"])
def notes_collection():
    if request.method == "GET":
        tag = request.args.get("tag")
        return jsonify([note for note in notes if tag is None or tag in note["tags"]])
    body = request.get_json(silent=True)
    if not valid(body):
        return jsonify(detail="invalid note"), 422
    notes.append({"id": len(notes) + 1, "text": body["text"], "tags": body.get("tags", [])})
    return jsonify(notes[-1]), 201


@app.route("/notes/<int:note_id>")
def read_note(note_id):
    if 1 <= note_id <= len(notes):
        return jsonify(notes[note_id - 1])
    return jsonify(detail="Note not found"), 404
