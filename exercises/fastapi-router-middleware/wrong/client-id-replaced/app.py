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


router = APIRouter(prefix="/tasks", tags=["tasks"])


@router.get("")
def list_tasks():
    return TASKS


@router.post("", status_code=201)
def create_task(task: TaskIn, background_tasks: BackgroundTasks):
    new = {"id": len(TASKS) + 1, "title": task.title}
    TASKS.append(new)
    background_tasks.add_task(record, f"created task {new['id']}")
    return new


@app.get("/audit")
def read_audit():
    return {"events": AUDIT_LOG}


app.include_router(router)


@app.middleware("http")
async def add_request_id(request: Request, call_next):
    request_id = uuid.uuid4().hex
    response = await call_next(request)
    response.headers["X-Request-ID"] = request_id
    return response


app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example"],
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type", "X-Request-ID"],
)
