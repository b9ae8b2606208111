from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "product"
    sku: Mapped[str] = mapped_column(primary_key=True)
    stock: Mapped[int]


STARTING_STOCK = {"pen": 500, "ink": 200, "pad": 5, "tape": 0}
engine = create_engine("sqlite:///shop.db")


@asynccontextmanager
async def lifespan(app: FastAPI):
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        if session.get(Product, "pen") is None:
            session.add_all(Product(sku=sku, stock=n) for sku, n in STARTING_STOCK.items())
            session.commit()
    yield


app = FastAPI(lifespan=lifespan)


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


class Line(BaseModel):
    sku: str
    quantity: int


class Order(BaseModel):
    lines: Annotated[list[Line], Field(min_length=1)]


@app.get("/products/{sku}")
def read_product(sku: str, session: SessionDep):
    product = session.get(Product, sku)
    if product is None:
        raise HTTPException(status_code=404, detail=f"Unknown product: {sku}")
    return {"sku": product.sku, "stock": product.stock}


@app.post("/orders", status_code=201)
def place_order(order: Order, session: SessionDep) -> Order:
    for line in order.lines:
        product = session.get(Product, line.sku)
        if product is None:
            raise HTTPException(status_code=404, detail=f"Unknown product: {line.sku}")
        if product.stock < line.quantity:
            raise HTTPException(status_code=409, detail=f"Not enough stock: {line.sku}")
        product.stock -= line.quantity
    # One commit for the whole order. An HTTPException above leaves the
    # changes uncommitted, and closing the session rolls them back.
    session.commit()
    return order
