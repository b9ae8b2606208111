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
    quantity: int  # TODO: at least 1


class Order(BaseModel):
    lines: list[Line]  # TODO: at least one line


@app.get("/products/{sku}")
def read_product(sku: str, session: SessionDep):
    product = session.get(Product, sku)
    if product is None:
        raise HTTPException(status_code=404, detail=f"Unknown product: {sku}")
    return {"sku": product.sku, "stock": product.stock}


# TODO: make this all or nothing: 404 for an unknown sku, 409 when the stock
#       is too low, 201 when the order is placed, and no stock changes at all
#       unless every line can be served.
@app.post("/orders")
def place_order(order: Order, session: SessionDep) -> Order:
    for line in order.lines:
        product = session.get(Product, line.sku)
        product.stock -= line.quantity
        session.commit()
    return order
