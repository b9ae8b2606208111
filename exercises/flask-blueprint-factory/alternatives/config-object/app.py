# Defaults as a class given to from_object, each app's notes in its own
# extensions dict, views written with @route and jsonify, /health added
# with add_url_rule.
from flask import Blueprint, Flask, current_app, jsonify, request


class Defaults:
    MAX_NOTES = 3
    SERVICE_NAME = "notes"


notes_bp = Blueprint("notes", __name__)


@notes_bp.route("", methods=["GET"])
def list_notes():
    return jsonify(notes=current_app.extensions["notes"])


@notes_bp.route("", methods=["POST"])
def add_note():
    body = request.get_json(silent=True)
    text = body.get("text") if isinstance(body, dict) else None
    if not (isinstance(text, str) and text.strip()):
        return jsonify(error="text is required"), 400
    notes = current_app.extensions["notes"]
    if len(notes) == current_app.config["MAX_NOTES"]:
        return jsonify(error="note limit reached"), 409
    notes.append({"id": len(notes) + 1, "text": text})
    return jsonify(notes[-1]), 201


def health():
    return jsonify(service=current_app.config["SERVICE_NAME"], testing=current_app.config["TESTING"])


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_object(Defaults)
    app.config.from_mapping(config or {})
    app.extensions.setdefault("notes", [])
    app.register_blueprint(notes_bp, url_prefix="/api/notes")
    app.add_url_rule("/health", view_func=health)
    return app


app = create_app()
