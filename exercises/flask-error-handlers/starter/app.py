from flask import Flask, abort, request

app = Flask(__name__)

BOOKS = {
    1: {"id": 1, "title": "Dune", "year": 1965},
    2: {"id": 2, "title": "Beloved", "year": 1987},
}


@app.get("/books/<book_id>")  # TODO: the id is an int
def read_book(book_id):
    # TODO: abort(404) when there is no such book
    return BOOKS.get(book_id)


@app.post("/books")
def create_book():
    data = request.get_json()  # TODO: what if the body is not JSON?
    title = data.get("title")
    # TODO: 400 {"error": "title is required"} without a non-blank title
    book = {"id": max(BOOKS) + 1, "title": title, "year": data.get("year")}
    BOOKS[book["id"]] = book
    # TODO: 201 and a Location header
    return book


# TODO: error handlers, so that 404 and 405 answer JSON
