from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, Session, SQLModel, create_engine


class LinkIn(SQLModel):
    url: str
    title: str


class Link(LinkIn, table=True):
    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True)


engine = create_engine("sqlite:///fastapi_links.db")


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


@asynccontextmanager
async def lifespan(app: FastAPI):
    SQLModel.metadata.create_all(engine)
    yield


app = FastAPI(lifespan=lifespan)


def find_link(session: Session, link_id: int) -> Link:
    link = session.get(Link, link_id)
    if link is None:
        raise HTTPException(status_code=404, detail="Link not found")
    return link


@app.post("/links", status_code=201)
def create_link(link: LinkIn, session: SessionDep) -> Link:
    stored = Link.model_validate(link)
    session.add(stored)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status_code=409, detail="Link already saved") from None
    session.refresh(stored)
    return stored


@app.get("/links/{link_id}")
def read_link(link_id: int, session: SessionDep) -> Link:
    return find_link(session, link_id)


@app.delete("/links/{link_id}", status_code=204)
def delete_link(link_id: int, session: SessionDep) -> None:
    session.delete(find_link(session, link_id))
    session.commit()
