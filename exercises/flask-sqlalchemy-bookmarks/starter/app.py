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


def create_app(config=None):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(app.root_path, "bookmarks.db")
    db.init_app(app)
    # TODO: apply `config` on top of the defaults (where it still counts)
    with app.app_context():
        db.create_all()

    @app.post("/bookmarks")
    def create_bookmark():
        data = request.get_json()
        # TODO: 422 {"detail": ...} when url or title is missing or empty
        bookmark = Bookmark(url=data["url"], title=data["title"])
        db.session.add(bookmark)
        db.session.commit()
        # TODO: 201 Created
        return bookmark.to_json()

    @app.get("/bookmarks")
    def list_bookmarks():
        bookmarks = db.session.scalars(select(Bookmark))
        # TODO: oldest first
        return [bookmark.to_json() for bookmark in bookmarks]

    # TODO: GET /bookmarks/<id> and DELETE /bookmarks/<id>,
    #       404 {"detail": "Bookmark not found"} for an unknown id

    return app
