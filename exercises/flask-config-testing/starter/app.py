from flask import Flask, request

DEFAULTS = {"PAGE_SIZE": 10, "MAX_ITEMS": 100, "READ_ONLY": False}

ITEMS = []  # TODO: every app needs its own items


def create_app(config=None):
    app = Flask(__name__)
    # TODO: load DEFAULTS into app.config, then the caller's config

    @app.get("/items")
    def list_items():
        # TODO: ?page=, PAGE_SIZE items per page, "pages", 400 for a bad page
        return {"items": ITEMS, "page": 1, "pages": 1}

    @app.post("/items")
    def create_item():
        # TODO: 403 when READ_ONLY, 409 at MAX_ITEMS
        data = request.get_json(silent=True)
        name = data.get("name") if isinstance(data, dict) else None
        if not isinstance(name, str) or not name.strip():
            return {"error": "name is required"}, 400
        item = {"id": len(ITEMS) + 1, "name": name}
        ITEMS.append(item)
        return item, 201

    # TODO: POST /_reset, only when app.config["TESTING"] is true

    return app


app = create_app()
