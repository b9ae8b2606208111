import asyncio
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI()

RATES = {"USD": 1.08, "GBP": 0.85, "JPY": 162.0}  # per 1 EUR
ACCOUNTS = {
    "ada": {"name": "ada", "currency": "GBP", "balance_eur": 123.45},
    "linus": {"name": "linus", "currency": "JPY", "balance_eur": 10.0},
}


async def fetch_rate(code: str) -> float | None:
    await asyncio.sleep(0)  # stands in for a call to a rates service
    return RATES.get(code)


async def load_account(name: str) -> dict | None:
    await asyncio.sleep(0)  # stands in for a database query
    return ACCOUNTS.get(name)


@app.get("/currencies")
def list_currencies():
    return {"currencies": list(RATES)}


@app.get("/rates/{code}")
async def read_rate(code: str):
    code = code.upper()
    rate = await fetch_rate(code)
    if rate is None:
        raise HTTPException(status_code=404, detail="Unknown currency")
    return {"code": code, "rate": rate}


async def current_account(
    x_account: Annotated[str | None, Header()] = None,
) -> dict:
    account = await load_account(x_account) if x_account else None
    if account is None:
        raise HTTPException(status_code=401, detail="Unknown account")
    return account


@app.get("/balance")
async def read_balance(account: Annotated[dict, Depends(current_account)]):
    rate = await fetch_rate(account["currency"])
    return {
        "account": account["name"],
        "currency": account["currency"],
        "balance": round(account["balance_eur"] * rate, 2),
    }
