
from fastapi import BackgroundTasks, FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

# Emails "sent" so far, oldest first. A real app would talk to a mail server.
OUTBOX: list = []
# Addresses that have already signed up.
SIGNED_UP: set = set()


class SignUp(BaseModel):
    email: str
    name: str  # TODO: at least 1 character


def send_welcome_email(email: str, name: str) -> None:
    """Slow in real life: that is why it should run after the answer."""
    OUTBOX.append({"to": email, "subject": f"Welcome, {name}!"})


@app.post("/signups")
def sign_up(signup: SignUp):
    # TODO: answer 202 Accepted.
    # TODO: 409 {"detail": "Already signed up"} for an address seen before.
    # TODO: take a BackgroundTasks parameter and queue send_welcome_email on
    #       it instead of sending the email here, before answering.
    send_welcome_email(signup.email, signup.name)
    return {"email": signup.email, "status": "queued"}


# TODO: GET /outbox?to=... answers {"messages": [...]}, the messages sent to
#       that address (every message when `to` is absent).
