# Ids from a counter (never reused), url_for for the Location, and a
# guard function for the API key.
from itertools import count

from flask import Flask, jsonify, redirect, request, url_for

app = Flask(__name__)

API_KEY = "let-me-in"
BOOKMARKS = {
    1: {"id": 1, "url": "https://flask.palletsprojects.com", "title": "Flask"},
}
new_ids = count(2)


def has_key():
    return request.headers.get("X-API-Key") == API_KEY


@app.route("/bookmarks")
def list_bookmarks():
    response = jsonify(list(BOOKMARKS.values()))
    response.headers["X-Total-Count"] = len(BOOKMARKS)
    return response


@app.route("/bookmarks/<int:bookmark_id>")
def read_bookmark(bookmark_id):
    if bookmark_id in BOOKMARKS:
        return jsonify(BOOKMARKS[bookmark_id])
    return jsonify(error="not found"), 404


@app.route("/bookmarks", methods=["POST"])
def create_bookmark():
    body = request.get_json(silent=True)
    url = body.get("url") if isinstance(body, dict) else None
    if not (isinstance(url, str) and (url.startswith("http://") or url.startswith("https://"))):
        return jsonify(error="url must start with http:// or https://"), 400
    bookmark_id = next(new_ids)
    BOOKMARKS[bookmark_id] = {"id": bookmark_id, "url": url, "title": body.get("title") or url}
    return redirect(url_for("read_bookmark", bookmark_id=bookmark_id), 303)


@app.route("/bookmarks/<int:bookmark_id>", methods=["DELETE"])
def delete_bookmark(bookmark_id):
    if not has_key():
        return jsonify(error="missing or wrong API key"), 401
    if BOOKMARKS.pop(bookmark_id, None) is None:
        return jsonify(error="not found"), 404
    return "", 204
