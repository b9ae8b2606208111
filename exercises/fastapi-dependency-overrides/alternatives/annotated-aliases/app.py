# Annotated aliases for the three providers, one helper for the public shape.
import uuid
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()

VALID_FOR = timedelta(days=7)
# {id: {"id", "email", "created_at", "expires_at"}}, times as datetimes.
INVITATIONS: dict = {}


class Mailer:
    """Stands in for an email service: records instead of sending."""

    def __init__(self):
        self.sent = []

    def send(self, to: str, subject: str, body: str) -> None:
        self.sent.append({"to": to, "subject": subject, "body": body})


MAILER = Mailer()


# The three providers. Keep these names: the tests override them.
def get_now() -> datetime:
    return datetime.now()


def new_invitation_id() -> str:
    return "inv-" + uuid.uuid4().hex[:8]


def get_mailer() -> Mailer:
    return MAILER


class InvitationIn(BaseModel):
    email: str


Now = Annotated[datetime, Depends(get_now)]
NewId = Annotated[str, Depends(new_invitation_id)]
MailerDep = Annotated[Mailer, Depends(get_mailer)]


def public(invitation: dict, **extra) -> dict:
    times = {key: invitation[key].isoformat() for key in ("created_at", "expires_at")}
    return {"id": invitation["id"], "email": invitation["email"], **times, **extra}


@app.post("/invitations", status_code=201)
def create_invitation(invite: InvitationIn, now: Now, invitation_id: NewId, mailer: MailerDep):
    INVITATIONS[invitation_id] = dict(id=invitation_id, email=invite.email, created_at=now, expires_at=now + VALID_FOR)
    mailer.send(to=invite.email, subject="You're invited", body=f"Accept at /invitations/{invitation_id}")
    return public(INVITATIONS[invitation_id])


@app.get("/invitations/{invitation_id}")
def read_invitation(invitation_id: str, now: Now):
    if invitation_id not in INVITATIONS:
        raise HTTPException(404, "Invitation not found")
    invitation = INVITATIONS[invitation_id]
    return public(invitation, expired=not now < invitation["expires_at"])
