# One handler for every HTTP error (its code picks the message), dict.get
# for the lookup, and an explicit JSON check of the request.
from flask import Flask, abort, jsonify, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

BOOKS = {
    1: {"id": 1, "title": "Dune", "year": 1965},
    2: {"id": 2, "title": "Beloved", "year": 1987},
}
MESSAGES = {404: "not found", 405: "method not allowed"}


@app.errorhandler(HTTPException)
def http_error(error):
    return jsonify(error=MESSAGES.get(error.code, error.name.lower())), error.code


@app.route("/books/<int:book_id>")
def read_book(book_id):
    return jsonify(BOOKS.get(book_id) or abort(404))


@app.route("/books", methods=["POST"])
def create_book():
    body = request.get_json(silent=True) if request.is_json else None
    if type(body) is not dict:
        return jsonify(error="body must be a JSON object"), 400
    title = body.get("title")
    if not isinstance(title, str) or title.strip() == "":
        return jsonify(error="title is required"), 400
    new_id = max(BOOKS) + 1
    BOOKS[new_id] = {"id": new_id, "title": title, "year": body.get("year")}
    response = jsonify(BOOKS[new_id])
    response.status_code = 201
    response.headers["Location"] = f"/books/{new_id}"
    return response
