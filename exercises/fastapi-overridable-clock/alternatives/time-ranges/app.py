# Hours as ranges in a table, isoweekday, Depends written out in each endpoint.
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()


def get_now() -> datetime:
    return datetime.now()


GREETINGS = [(range(5, 12), "Good morning"), (range(12, 18), "Good afternoon")]


@app.get("/greeting")
def greeting(now: Annotated[datetime, Depends(get_now)]):
    text = next((words for hours, words in GREETINGS if now.hour in hours), "Good evening")
    return {"greeting": text, "hour": now.hour}


@app.get("/shop/status")
def shop_status(now: Annotated[datetime, Depends(get_now)]):
    return {"open": now.isoweekday() <= 5 and now.hour in range(9, 18)}
