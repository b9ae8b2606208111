from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Field, Session, SQLModel, create_engine, select


class TaskIn(SQLModel):
    title: str  # TODO: 1 to 100 characters


class Task(TaskIn, table=True):
    id: int | None = Field(default=None, primary_key=True)
    done: bool = False


class TaskUpdate(SQLModel):
    done: bool


engine = create_engine("sqlite:///tasks.db")


# TODO: a dependency that yields a Session on engine (closed after the
#       request); then use it in every endpoint.
def get_session():
    raise NotImplementedError


@asynccontextmanager
async def lifespan(app: FastAPI):
    # TODO: create the tables
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/tasks")
def create_task(task: TaskIn) -> Task:
    stored = Task.model_validate(task)
    with Session(engine) as session:  # TODO: the session from get_session instead
        session.add(stored)
        session.commit()
        session.refresh(stored)
    # TODO: 201 Created
    return stored


# TODO: GET /tasks (oldest first), GET /tasks/{task_id} and
#       PATCH /tasks/{task_id} {"done": ...}, 404 {"detail": "Task not found"}
