from flask import Blueprint, Flask, current_app, request

DEFAULTS = {"PAGE_SIZE": 10, "MAX_ITEMS": 100, "READ_ONLY": False}

items_bp = Blueprint("items", __name__)


def stored_items():
    return current_app.extensions["items"]


@items_bp.get("/items")
def list_items():
    page = int(request.args.get("page", "1"))
    if page < 1:
        return {"error": "page must be a whole number from 1"}, 400
    items = stored_items()
    size = current_app.config["PAGE_SIZE"]
    pages = max(1, -(-len(items) // size))
    chunk = items[(page - 1) * size : page * size]
    return {"items": chunk, "page": page, "pages": pages}


@items_bp.post("/items")
def create_item():
    if current_app.config["READ_ONLY"]:
        return {"error": "read-only"}, 403
    data = request.get_json(silent=True)
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str) or not name.strip():
        return {"error": "name is required"}, 400
    items = stored_items()
    if len(items) >= current_app.config["MAX_ITEMS"]:
        return {"error": "item limit reached"}, 409
    item = {"id": len(items) + 1, "name": name}
    items.append(item)
    return item, 201


def reset():
    stored_items().clear()
    return "", 204


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    if config:
        app.config.from_mapping(config)
    app.extensions["items"] = []
    app.register_blueprint(items_bp)
    if app.config["TESTING"]:
        app.add_url_rule("/_reset", view_func=reset, methods=["POST"])
    return app


app = create_app()
