from functools import wraps
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


def not_authenticated():
    return {"error": "not authenticated"}, 401, {"WWW-Authenticate": "Bearer"}


def current_token():
    """The details of the request's bearer token, or None."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return TOKENS.get(token.strip())


def require_scope(scope=None):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            details = current_token()
            if details is None:
                return not_authenticated()
            if scope is not None and scope not in details["scopes"]:
                body = {"error": "insufficient scope", "required_scope": scope}
                header = f'Bearer error="insufficient_scope", scope="{scope}"'
                return body, 403, {"WWW-Authenticate": header}
            g.token = details
            return view(*args, **kwargs)

        return wrapper

    return decorator


@app.get("/me")
@require_scope()
def me():
    return {"user": g.token["user"], "scopes": g.token["scopes"]}


@app.get("/notes")
@require_scope("notes:read")
def list_notes():
    return list(notes.values())


@app.post("/notes")
@require_scope("notes:write")
def create_note():
    data = request.get_json(silent=True) or {}
    text = data.get("text")
    if not isinstance(text, str) or not text:
        return {"error": "text is required"}, 422
    note = {"id": next(next_id), "text": text}
    notes[note["id"]] = note
    return note


@app.delete("/notes/<int:note_id>")
@require_scope("notes:delete")
def delete_note(note_id):
    if notes.pop(note_id, None) is None:
        return {"error": "note not found"}, 404
    return "", 204
