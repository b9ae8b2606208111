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
    return {"currencies": sorted(RATES)}


# TODO: GET /rates/{code} (async), 404 {"detail": "Unknown currency"}


# TODO: the async dependency current_account (X-Account header, 401)


# TODO: GET /balance (async), using current_account
