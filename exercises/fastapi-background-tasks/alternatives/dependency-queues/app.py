# The check and the queuing in a dependency that takes BackgroundTasks.
from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException, Query
from pydantic import BaseModel, Field

app = FastAPI()

# Emails "sent" so far, oldest first. A real app would talk to a mail server.
OUTBOX: list = []
# Addresses that have already signed up.
SIGNED_UP: set = set()


class SignUp(BaseModel):
    email: str
    name: str = Field(min_length=1)


def send_welcome_email(email: str, name: str) -> None:
    """Slow in real life: that is why it runs after the answer."""
    OUTBOX.append({"to": email, "subject": f"Welcome, {name}!"})


def queue_welcome(signup: SignUp, background_tasks: BackgroundTasks) -> SignUp:
    """A dependency may take BackgroundTasks too: FastAPI passes the same list."""
    if signup.email in SIGNED_UP:
        raise HTTPException(409, "Already signed up")
    SIGNED_UP.add(signup.email)
    background_tasks.add_task(send_welcome_email, signup.email, signup.name)
    return signup


@app.post("/signups", status_code=202)
def sign_up(signup: Annotated[SignUp, Depends(queue_welcome)]):
    return {"email": signup.email, "status": "queued"}


@app.get("/outbox")
def read_outbox(to: Annotated[str | None, Query()] = None):
    return {"messages": [message for message in OUTBOX if to in (None, message["to"])]}
