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


@app.post("/links")
def create_link():
    data = request.get_json()
    # TODO: 422 {"detail": ...} unless url and title are strings
    link = Link(url=data["url"], title=data["title"])
    db.session.add(link)
    db.session.commit()  # TODO: a url saved already raises IntegrityError: answer 409
    return link.to_json(), 201


# TODO: GET /links/<id> and DELETE /links/<id>, 404 {"detail": "Link not found"}
