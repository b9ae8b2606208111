from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI

app = FastAPI()


def get_now() -> datetime:
    return datetime.now()


# TODO: receive the time through Depends(get_now) instead of calling
# datetime.now() here, so that tests can override it.
@app.get("/greeting")
def greeting():
    now = datetime.now()
    if now.hour < 12:
        text = "Good morning"
    else:
        text = "Good afternoon"
    return {"greeting": text, "hour": now.hour}


# TODO: GET /shop/status -> {"open": true/false}
