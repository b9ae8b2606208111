from flask import Flask, redirect, request

app = Flask(__name__)

API_KEY = "let-me-in"
BOOKMARKS = {
    1: {"id": 1, "url": "https://flask.palletsprojects.com", "title": "Flask"},
}


@app.get("/bookmarks")
def list_bookmarks():
    # TODO: add the X-Total-Count header
    return list(BOOKMARKS.values())


@app.get("/bookmarks/<int:bookmark_id>")
def read_bookmark(bookmark_id):
    if bookmark_id not in BOOKMARKS:
        return {"error": "not found"}, 404
    return BOOKMARKS[bookmark_id]


@app.post("/bookmarks")
def create_bookmark():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        data = {}
    url = data.get("url")
    # TODO: 400 unless url is a string starting with http:// or https://
    bookmark_id = max(BOOKMARKS, default=0) + 1
    BOOKMARKS[bookmark_id] = {
        "id": bookmark_id,
        "url": url,
        "title": data.get("title") or url,
    }
    # TODO: 303 See Other, Location: /bookmarks/<id>
    return BOOKMARKS[bookmark_id], 201


# TODO: DELETE /bookmarks/<id>, only with the header X-API-Key: let-me-in
