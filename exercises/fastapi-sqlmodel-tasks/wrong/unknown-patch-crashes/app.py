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


SessionDep = Annotated[Session, Depends(get_session)]


@asynccontextmanager
async def lifespan(app: FastAPI):
    SQLModel.metadata.create_all(engine)
    yield


app = FastAPI(lifespan=lifespan)


def find_task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise HTTPException(status_code=404, detail="Task not found")
    return task


@app.post("/tasks", status_code=201)
def create_task(task: TaskIn, session: SessionDep) -> Task:
    stored = Task.model_validate(task)
    session.add(stored)
    session.commit()
    session.refresh(stored)
    return stored


@app.get("/tasks")
def list_tasks(session: SessionDep) -> list[Task]:
    return session.exec(select(Task).order_by(Task.id)).all()


@app.get("/tasks/{task_id}")
def read_task(task_id: int, session: SessionDep) -> Task:
    return find_task(session, task_id)


@app.patch("/tasks/{task_id}")
def update_task(task_id: int, change: TaskUpdate, session: SessionDep) -> Task:
    task = session.get(Task, task_id)
    task.done = change.done
    session.add(task)
    session.commit()
    session.refresh(task)
    return task
