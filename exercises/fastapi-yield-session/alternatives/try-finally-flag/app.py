# The commit decided in finally, by a flag set only when the endpoint finished.
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

# The committed balances: the "database".
ACCOUNTS = {"alice": 100, "bob": 50, "carol": 80, "dave": 10,
            "erin": 200, "frank": 0}


class Session:
    """A unit of work: changes stay here until commit()."""

    def __init__(self):
        self.balances = dict(ACCOUNTS)

    def commit(self):
        ACCOUNTS.update(self.balances)

    def rollback(self):
        self.balances = dict(ACCOUNTS)


def get_session():
    session = Session()
    ok = False
    try:
        yield session
        ok = True
    finally:
        # Commit only when the endpoint finished; otherwise throw the changes away.
        if ok:
            session.commit()
        else:
            session.rollback()


SessionDep = Annotated[Session, Depends(get_session)]


class TransferIn(BaseModel):
    source: str
    target: str
    amount: Annotated[int, Field(gt=0)]


@app.get("/accounts/{name}")
def read_account(name: str, session: SessionDep):
    if name not in session.balances:
        raise HTTPException(status_code=404, detail="Account not found")
    return {"name": name, "balance": session.balances[name]}


@app.post("/transfers", status_code=201)
def transfer(body: TransferIn, session: SessionDep):
    balances = session.balances
    if body.source not in balances:
        raise HTTPException(status_code=404, detail="Account not found")
    balances[body.source] -= body.amount
    if balances[body.source] < 0:
        raise HTTPException(status_code=409, detail="Insufficient funds")
    if body.target not in balances:
        raise HTTPException(status_code=404, detail="Account not found")
    balances[body.target] += body.amount
    return body
