# Routes on a Blueprint, unknown ids through db.get_or_404 and a JSON 404 handler.
import os

from flask import Blueprint, Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Bookmark(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    title: Mapped[str] = mapped_column(String(200))

    def to_json(self):
        return {"id": self.id, "url": self.url, "title": self.title}


bookmarks = Blueprint("bookmarks", __name__, url_prefix="/bookmarks")


@bookmarks.post("")
def create_bookmark():
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not all(data.get(key) for key in ("url", "title")):
        return {"detail": "url and title are required"}, 422
    bookmark = Bookmark(url=data["url"], title=data["title"])
    db.session.add(bookmark)
    db.session.commit()
    return bookmark.to_json(), 201


@bookmarks.get("")
def list_bookmarks():
    return [b.to_json() for b in db.session.scalars(select(Bookmark).order_by(Bookmark.id))]


@bookmarks.get("/<int:bookmark_id>")
def read_bookmark(bookmark_id):
    return db.get_or_404(Bookmark, bookmark_id).to_json()


@bookmarks.delete("/<int:bookmark_id>")
def delete_bookmark(bookmark_id):
    db.session.delete(db.get_or_404(Bookmark, bookmark_id))
    db.session.commit()
    return "", 204


def create_app(config=None):
    app = Flask(__name__)
    app.config.from_mapping(SQLALCHEMY_DATABASE_URI="sqlite:///" + os.path.join(app.root_path, "bookmarks.db"))
    if config:
        app.config.from_mapping(config)
    db.init_app(app)
    with app.app_context():
        db.create_all()
    app.register_blueprint(bookmarks)

    @app.errorhandler(404)
    def not_found(error):
        return {"detail": "Bookmark not found"}, 404

    return app
