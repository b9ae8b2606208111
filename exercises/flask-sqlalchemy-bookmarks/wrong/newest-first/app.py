import os

from flask import Flask, request
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


NOT_FOUND = {"detail": "Bookmark not found"}


def create_app(config=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(app.root_path, "bookmarks.db")
    app.config.update(config or {})
    db.init_app(app)
    with app.app_context():
        db.create_all()

    @app.post("/bookmarks")
    def create_bookmark():
        data = request.get_json(silent=True) or {}
        url, title = data.get("url"), data.get("title")
        if not url or not title:
            return {"detail": "url and title are required"}, 422
        bookmark = Bookmark(url=url, title=title)
        db.session.add(bookmark)
        db.session.commit()
        return bookmark.to_json(), 201

    @app.get("/bookmarks")
    def list_bookmarks():
        bookmarks = db.session.scalars(select(Bookmark).order_by(Bookmark.id.desc()))
        return [bookmark.to_json() for bookmark in bookmarks]

    @app.get("/bookmarks/<int:bookmark_id>")
    def read_bookmark(bookmark_id):
        bookmark = db.session.get(Bookmark, bookmark_id)
        if bookmark is None:
            return NOT_FOUND, 404
        return bookmark.to_json()

    @app.delete("/bookmarks/<int:bookmark_id>")
    def delete_bookmark(bookmark_id):
        bookmark = db.session.get(Bookmark, bookmark_id)
        if bookmark is None:
            return NOT_FOUND, 404
        db.session.delete(bookmark)
        db.session.commit()
        return "", 204

    return app
