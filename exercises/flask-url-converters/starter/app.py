from flask import Flask, request

app = Flask(__name__)

USERS = {
    1: {"id": 1, "name": "Ada"},
    2: {"id": 2, "name": "Grace"},
}
POSTS = {
    "hello-flask": {"slug": "hello-flask", "title": "Hello, Flask"},
    "url-converters": {"slug": "url-converters", "title": "Converters"},
}
NOTES = {1: [], 2: []}


@app.get("/users/<user_id>")  # TODO: the id is a whole number
def read_user(user_id):
    if user_id not in USERS:
        return {"error": "user not found"}, 404
    return USERS[user_id]


@app.get("/posts/<slug>")
def read_post(slug):
    if slug not in POSTS:
        return {"error": "post not found"}, 404
    return POSTS[slug]


# TODO: GET /files/<path> -> {"path": ..., "parts": [...]}, slashes included


@app.get("/users/<int:user_id>/notes")  # TODO: GET and POST on this route
def user_notes(user_id):
    # TODO: 404 for an unknown user
    # TODO: POST adds {"user_id": ..., "text": ...} and answers 201
    return NOTES[user_id]
