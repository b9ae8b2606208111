from flask import Flask, redirect, request

app = Flask(__name__)

API_KEY = "let-me-in"
BOOKMARKS = {
    1: {"id": 1, "url": "https://flask.palletsprojects.com", "title": "Flask"},
}


@app.get("/bookmarks")
def list_bookmarks():
    bookmarks = list(BOOKMARKS.values())
    return bookmarks, 200, {"X-Total-Count": str(len(bookmarks))}


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
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return {"error": "url must start with http:// or https://"}, 400
    bookmark_id = max(BOOKMARKS, default=0) + 1
    BOOKMARKS[bookmark_id] = {
        "id": bookmark_id,
        "url": url,
        "title": data.get("title") or url,
    }
    return redirect(f"/bookmarks/{bookmark_id}", code=303)


@app.delete("/bookmarks/<int:bookmark_id>")
def delete_bookmark(bookmark_id):
    if request.headers.get("X-API-Key") != API_KEY:
        return {"error": "missing or wrong API key"}, 401
    BOOKMARKS.pop(bookmark_id, None)
    return "", 204
