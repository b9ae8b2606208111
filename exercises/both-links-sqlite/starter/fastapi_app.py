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


# TODO: POST /links -> 201 with the stored link, 409 {"detail": "Link already saved"}
#       when the url is saved already (the commit raises IntegrityError)
# TODO: GET /links/{link_id} and DELETE /links/{link_id} (204),
#       404 {"detail": "Link not found"} for an unknown id
