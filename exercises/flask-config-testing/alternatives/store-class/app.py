# Each app's items in a small class kept on app.extensions, the views
# registered inside the factory, /_reset defined only when testing.
from flask import Flask, jsonify, request


class ItemStore:
    def __init__(self):
        self.items = []

    def add(self, name):
        self.items.append({"id": len(self.items) + 1, "name": name})
        return self.items[-1]

    def page(self, number, size):
        return self.items[(number - 1) * size : number * size]


def create_app(config=None):
    app = Flask(__name__)
    app.config.update(PAGE_SIZE=10, MAX_ITEMS=100, READ_ONLY=False)
    app.config.update(config or {})
    store = app.extensions["items"] = ItemStore()

    @app.route("/items")
    def list_items():
        text = request.args.get("page", "1")
        if not text.isdigit() or int(text) < 1:
            return jsonify(error="page must be a whole number from 1"), 400
        number, size = int(text), app.config["PAGE_SIZE"]
        pages = max(1, (len(store.items) + size - 1) // size)
        return jsonify(items=store.page(number, size), page=number, pages=pages)

    @app.route("/items", methods=["POST"])
    def create_item():
        if app.config["READ_ONLY"]:
            return jsonify(error="read-only"), 403
        body = request.get_json(silent=True)
        name = body.get("name") if isinstance(body, dict) else None
        if not isinstance(name, str) or not name.strip():
            return jsonify(error="name is required"), 400
        if len(store.items) >= app.config["MAX_ITEMS"]:
            return jsonify(error="item limit reached"), 409
        return jsonify(store.add(name)), 201

    if app.config["TESTING"]:
        @app.route("/_reset", methods=["POST"])
        def reset():
            store.items.clear()
            return "", 204

    return app


app = create_app()
