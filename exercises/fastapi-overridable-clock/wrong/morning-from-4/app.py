from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()


def get_now() -> datetime:
    return datetime.now()


Now = Annotated[datetime, Depends(get_now)]


@app.get("/greeting")
def greeting(now: Now):
    if 4 <= now.hour < 12:
        text = "Good morning"
    elif 12 <= now.hour < 18:
        text = "Good afternoon"
    else:
        text = "Good evening"
    return {"greeting": text, "hour": now.hour}


@app.get("/shop/status")
def shop_status(now: Now):
    weekday = now.weekday() < 5  # Monday is 0, Sunday is 6
    return {"open": weekday and 9 <= now.hour < 18}
