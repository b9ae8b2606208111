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


def as_json(invitation: dict) -> dict:
    return {
        "id": invitation["id"],
        "email": invitation["email"],
        "created_at": invitation["created_at"].isoformat(),
        "expires_at": invitation["expires_at"].isoformat(),
    }


@app.post("/invitations", status_code=201)
def create_invitation(
    invite: InvitationIn,
    now: Annotated[datetime, Depends(get_now)],
    invitation_id: Annotated[str, Depends(new_invitation_id)],
    mailer: Annotated[Mailer, Depends(get_mailer)],
):
    invitation = {
        "id": invitation_id,
        "email": invite.email,
        "created_at": now,
        "expires_at": now + VALID_FOR,
    }
    INVITATIONS[invitation_id] = invitation
    mailer.send(
        to=invite.email,
        subject="You're invited",
        body=f"Accept at /invitations/{invitation_id}",
    )
    return as_json(invitation)


@app.get("/invitations/{invitation_id}")
def read_invitation(invitation_id: str, now: Annotated[datetime, Depends(get_now)]):
    invitation = INVITATIONS.get(invitation_id)
    if invitation is None:
        raise HTTPException(status_code=404, detail="Invitation not found")
    return {**as_json(invitation), "expired": now > invitation["expires_at"]}
