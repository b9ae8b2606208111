from flask import Flask, abort, request

app = Flask(__name__)

BOOKS = {
    1: {"id": 1, "title": "Dune", "year": 1965},
    2: {"id": 2, "title": "Beloved", "year": 1987},
}


@app.get("/books/<int:book_id>")
def read_book(book_id):
    if book_id not in BOOKS:
        abort(404)
    return BOOKS[book_id]


@app.post("/books")
def create_book():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return {"error": "body must be a JSON object"}, 400
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        return {"error": "title is required"}, 400
    book = {"id": max(BOOKS) + 1, "title": title, "year": data.get("year", 0)}
    BOOKS[book["id"]] = book
    return book, 201, {"Location": f"/books/{book['id']}"}


@app.errorhandler(404)
def not_found(error):
    return {"error": "not found"}, 404


@app.errorhandler(405)
def method_not_allowed(error):
    return {"error": "method not allowed"}, 405
