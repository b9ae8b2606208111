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


@app.get("/users/<int:user_id>")
def read_user(user_id):
    if user_id not in USERS:
        return {"error": "user not found"}, 404
    return USERS[user_id]


@app.get("/posts/<string:slug>")
def read_post(slug):
    if slug not in POSTS:
        return {"error": "post not found"}, 404
    return POSTS[slug]


@app.get("/files/<path:file_path>")
def read_file(file_path):
    return {"path": file_path, "parts": file_path.split("/")}


@app.route("/users/<int:user_id>/notes", methods=["GET", "POST"])
def user_notes(user_id):
    if user_id not in USERS:
        return {"error": "user not found"}, 404
    if request.method == "GET":
        return NOTES[user_id][::-1]
    data = request.get_json(silent=True)
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str) or not text.strip():
        return {"error": "text is required"}, 400
    note = {"user_id": user_id, "text": text}
    NOTES[user_id].append(note)
    return note, 201
