from flask import Blueprint, Flask, current_app, request

notes_bp = Blueprint("notes", __name__)


def notes_store() -> list:
    """The notes of the app that is handling the current request."""
    return current_app.extensions["notes"]


@notes_bp.get("")
def list_notes():
    return {"notes": notes_store()}


@notes_bp.post("")
def add_note():
    data = request.get_json(silent=True)
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str) or not text.strip():
        return {"error": "text is required"}, 400
    notes = notes_store()
    if len(notes) > current_app.config["MAX_NOTES"]:
        return {"error": "note limit reached"}, 409
    note = {"id": len(notes) + 1, "text": text}
    notes.append(note)
    return note, 201


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(MAX_NOTES=3, SERVICE_NAME="notes")
    if config:
        app.config.update(config)

    app.extensions["notes"] = []

    app.register_blueprint(notes_bp, url_prefix="/api/notes")

    @app.get("/health")
    def health():
        return {
            "service": app.config["SERVICE_NAME"],
            "testing": app.config["TESTING"],
        }

    return app


app = create_app()
