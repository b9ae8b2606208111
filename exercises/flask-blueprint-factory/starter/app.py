from flask import Blueprint, Flask, current_app, request

notes_bp = Blueprint("notes", __name__)


def notes_store() -> list:
    """The notes of the app that is handling the current request."""
    return current_app.extensions["notes"]


@notes_bp.get("")
def list_notes():
    return {"notes": notes_store()}


# TODO: POST on the Blueprint: 201 with the new note {"id": ..., "text": ...},
#       400 {"error": "text is required"}, 409 {"error": "note limit reached"}


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(MAX_NOTES=3, SERVICE_NAME="notes")
    # TODO: let `config` override the defaults

    app.extensions["notes"] = []

    # TODO: register notes_bp under the prefix /api/notes
    #       (its routes are "" so that the URL is exactly /api/notes)

    # TODO: GET /health -> {"service": ..., "testing": ...}

    return app


app = create_app()
