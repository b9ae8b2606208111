import uuid

from fastapi import APIRouter, BackgroundTasks, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field

app = FastAPI()

TASKS: list = []
AUDIT_LOG: list = []


class TaskIn(BaseModel):
    title: str = Field(min_length=1, max_length=100)


def record(event: str) -> None:
    AUDIT_LOG.append(event)


# TODO: an APIRouter with the prefix /tasks and the tag "tasks"
@app.get("/tasks")
def list_tasks():
    return TASKS


# TODO: POST /tasks -> 201, then record "created task <id>" in the background


@app.get("/audit")
def read_audit():
    return {"events": AUDIT_LOG}


# TODO: include the router

# TODO: a middleware that sets X-Request-ID on every response

# TODO: CORS for https://app.example only
