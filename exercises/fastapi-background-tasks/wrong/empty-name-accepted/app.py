
from fastapi import BackgroundTasks, FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI()

# Emails "sent" so far, oldest first. A real app would talk to a mail server.
OUTBOX: list = []
# Addresses that have already signed up.
SIGNED_UP: set = set()


class SignUp(BaseModel):
    email: str
    name: str


def send_welcome_email(email: str, name: str) -> None:
    """Slow in real life: that is why it runs after the answer."""
    OUTBOX.append({"to": email, "subject": f"Welcome, {name}!"})


@app.post("/signups", status_code=202)
def sign_up(signup: SignUp, background_tasks: BackgroundTasks):
    if signup.email in SIGNED_UP:
        raise HTTPException(status_code=409, detail="Already signed up")
    SIGNED_UP.add(signup.email)
    background_tasks.add_task(send_welcome_email, signup.email, signup.name)
    return {"email": signup.email, "status": "queued"}


@app.get("/outbox")
def read_outbox(to: str | None = None):
    messages = [m for m in OUTBOX if to is None or m["to"] == to]
    return {"messages": messages}
