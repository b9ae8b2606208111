# Every endpoint async, a helper coroutine for the 404, an Annotated alias
# for the dependency, Header() as a default.
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
async def list_currencies():
    return {"currencies": sorted(RATES.keys())}


async def rate_or_404(code: str) -> float:
    rate = await fetch_rate(code)
    if rate is None:
        raise HTTPException(404, "Unknown currency")
    return rate


@app.get("/rates/{code}")
async def read_rate(code: str):
    return {"code": code.upper(), "rate": await rate_or_404(code.upper())}


async def current_account(x_account: str | None = Header(default=None)) -> dict:
    found = await load_account(x_account or "")
    if not found:
        raise HTTPException(401, "Unknown account")
    return found


Account = Annotated[dict, Depends(current_account)]


@app.get("/balance")
async def read_balance(account: Account):
    rate = await rate_or_404(account["currency"])
    return {"account": account["name"], "currency": account["currency"], "balance": round(rate * account["balance_eur"], 2)}
