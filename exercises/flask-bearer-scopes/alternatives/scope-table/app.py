# The scope each endpoint needs, in one table checked by a before_request
# hook: authentication first, then the endpoint's scope.
from itertools import count

from flask import Flask, g, jsonify, request

app = Flask(__name__)

# Issued tokens and what each may do. Real apps store a hash of each token.
TOKENS = {
    "rd-7Qk2m9XbT4": {"user": "ada", "scopes": ["notes:read"]},
    "wr-J3n8pL0vZ6": {"user": "ada", "scopes": ["notes:read", "notes:write"]},
    "ad-Y5c1sR8hW2": {"user": "linus", "scopes": ["notes:read", "notes:write", "notes:delete"]},
}

notes: dict[int, dict] = {1: {"id": 1, "text": "Welcome"}}
next_id = count(2)

NEEDS = {"me": None, "list_notes": "notes:read", "create_note": "notes:write", "delete_note": "notes:delete"}


@app.before_request
def authenticate_then_authorise():
    if request.endpoint not in NEEDS:
        return None
    words = request.headers.get("Authorization", "").split(" ", 1)
    token = TOKENS.get(words[1].strip()) if len(words) == 2 and words[0].lower() == "bearer" else None
    if token is None:
        return jsonify(error="not authenticated"), 401, {"WWW-Authenticate": "Bearer"}
    scope = NEEDS[request.endpoint]
    if scope and scope not in token["scopes"]:
        return jsonify(error="insufficient scope", required_scope=scope), 403
    g.token = token
    return None


@app.route("/me")
def me():
    return jsonify(user=g.token["user"], scopes=g.token["scopes"])


@app.route("/notes")
def list_notes():
    return jsonify(list(notes.values()))


@app.route("/notes", methods=["POST"])
def create_note():
    text = (request.get_json(silent=True) or {}).get("text")
    if not isinstance(text, str) or not text:
        return jsonify(error="text is required"), 422
    note_id = next(next_id)
    notes[note_id] = {"id": note_id, "text": text}
    return jsonify(notes[note_id]), 201


@app.route("/notes/<int:note_id>", methods=["DELETE"])
def delete_note(note_id):
    if note_id not in notes:
        return jsonify(error="note not found"), 404
    del notes[note_id]
    return "", 204
