# jsonify everywhere, the default string converter left implicit, one
# helper for the 404s, and the POST branch first.
from flask import Flask, jsonify, request

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


def not_found(what):
    return jsonify(error=f"{what} not found"), 404


@app.route("/users/<int:user_id>")
def read_user(user_id):
    user = USERS.get(user_id)
    return jsonify(user) if user else not_found("user")


@app.route("/posts/<slug>")
def read_post(slug):
    post = POSTS.get(slug)
    return jsonify(post) if post else not_found("post")


@app.route("/files/<path:file_path>")
def read_file(file_path):
    return jsonify(path=file_path, parts=file_path.split("/"))


@app.route("/users/<int:user_id>/notes", methods=["POST", "GET"])
def user_notes(user_id):
    if user_id not in USERS:
        return not_found("user")
    if request.method == "POST":
        body = request.get_json(silent=True)
        text = body.get("text") if isinstance(body, dict) else None
        if not (isinstance(text, str) and text.strip()):
            return jsonify(error="text is required"), 400
        NOTES[user_id].append({"user_id": user_id, "text": text})
        return jsonify(NOTES[user_id][-1]), 201
    return jsonify(NOTES[user_id])
