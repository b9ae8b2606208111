from itertools import count

from flask import Flask, g, request

app = Flask(__name__)

# Issued tokens and what each may do. Real apps store a hash of each token.
TOKENS = {
    "rd-7Qk2m9XbT4": {"user": "ada", "scopes": ["notes:read"]},
    "wr-J3n8pL0vZ6": {"user": "ada", "scopes": ["notes:read", "notes:write"]},
    "ad-Y5c1sR8hW2": {"user": "linus", "scopes": ["notes:read", "notes:write", "notes:delete"]},
}

notes: dict[int, dict] = {1: {"id": 1, "text": "Welcome"}}
next_id = count(2)


# TODO: a decorator factory, require_scope(scope), that
#   - answers 401 {"error": "not authenticated"} with WWW-Authenticate: Bearer
#     when the Authorization header holds no valid bearer token,
#   - answers 403 {"error": "insufficient scope", "required_scope": scope}
#     when the token lacks the scope,
#   - otherwise remembers the token's details (flask.g) and calls the view.


@app.get("/me")
def me():
    # TODO: any valid token; answer its user and scopes
    return {"error": "not authenticated"}, 401


@app.get("/notes")
def list_notes():  # TODO: needs notes:read
    return list(notes.values())


@app.post("/notes")
def create_note():  # TODO: needs notes:write
    data = request.get_json(silent=True) or {}
    text = data.get("text")
    if not isinstance(text, str) or not text:
        return {"error": "text is required"}, 422
    note = {"id": next(next_id), "text": text}
    notes[note["id"]] = note
    return note, 201


@app.delete("/notes/<int:note_id>")
def delete_note(note_id):  # TODO: needs notes:delete
    if notes.pop(note_id, None) is None:
        return {"error": "note not found"}, 404
    return "", 204
