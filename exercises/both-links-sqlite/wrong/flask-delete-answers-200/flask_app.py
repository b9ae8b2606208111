import os

from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Link(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(500), unique=True)
    title: Mapped[str] = mapped_column(String(200))

    def to_json(self):
        return {"id": self.id, "url": self.url, "title": self.title}


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(app.root_path, "flask_links.db")
db.init_app(app)
with app.app_context():
    db.create_all()

NOT_FOUND = {"detail": "Link not found"}


@app.post("/links")
def create_link():
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not all(isinstance(data.get(key), str) for key in ("url", "title")):
        return {"detail": "url and title must be strings"}, 422
    link = Link(url=data["url"], title=data["title"])
    db.session.add(link)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        return {"detail": "Link already saved"}, 409
    return link.to_json(), 201


@app.get("/links/<int:link_id>")
def read_link(link_id):
    link = db.session.get(Link, link_id)
    if link is None:
        return NOT_FOUND, 404
    return link.to_json()


@app.delete("/links/<int:link_id>")
def delete_link(link_id):
    link = db.session.get(Link, link_id)
    if link is None:
        return NOT_FOUND, 404
    db.session.delete(link)
    db.session.commit()
    return link.to_json()
