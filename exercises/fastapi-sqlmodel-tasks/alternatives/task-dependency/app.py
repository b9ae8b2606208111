# The 404 lookup as a dependency of its own, which shares the request's
# session (FastAPI calls get_session once per request); no SessionDep alias.
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from sqlmodel import Field, Session, SQLModel, create_engine, select


class TaskIn(SQLModel):
    title: str = Field(min_length=1, max_length=100)


class Task(TaskIn, table=True):
    id: int | None = Field(default=None, primary_key=True)
    done: bool = False


class TaskUpdate(SQLModel):
    done: bool


engine = create_engine("sqlite:///tasks.db")


def get_session():
    with Session(engine) as session:
        yield session


@asynccontextmanager
async def lifespan(app: FastAPI):
    SQLModel.metadata.create_all(engine)
    yield


app = FastAPI(lifespan=lifespan)


def get_task(task_id: int, session: Annotated[Session, Depends(get_session)]) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise HTTPException(status_code=404, detail="Task not found")
    return task


@app.post("/tasks", status_code=201)
def create_task(task: TaskIn, session: Annotated[Session, Depends(get_session)]) -> Task:
    stored = Task(**task.model_dump())
    session.add(stored)
    session.commit()
    session.refresh(stored)
    return stored


@app.get("/tasks")
def list_tasks(session: Annotated[Session, Depends(get_session)]) -> list[Task]:
    return list(session.exec(select(Task).order_by(Task.id)))


@app.get("/tasks/{task_id}")
def read_task(task: Annotated[Task, Depends(get_task)]) -> Task:
    return task


@app.patch("/tasks/{task_id}")
def update_task(
    change: TaskUpdate,
    task: Annotated[Task, Depends(get_task)],
    session: Annotated[Session, Depends(get_session)],
) -> Task:
    task.done = change.done
    session.commit()
    session.refresh(task)
    return task
