from flask import Flask, request

app = Flask(__name__)

TASKS = {
    1: {"id": 1, "title": "Buy seeds", "done": False},
    2: {"id": 2, "title": "Dig the bed", "done": True},
}


class APIError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


# TODO: an error handler for APIError:
#   {"error": {"code": ..., "message": ...}} with the error's status

# TODO: an error handler that gives Flask's own errors (404, 405, 400...)
#   the same format; a 405 keeps its Allow header


def find_task(task_id):
    if task_id not in TASKS:
        raise APIError(404, "task_not_found", f"no task with id {task_id}")
    return TASKS[task_id]


@app.get("/tasks")
def list_tasks():
    return list(TASKS.values())


@app.post("/tasks")
def create_task():
    data = request.get_json(silent=True) or {}  # TODO: broken JSON is a 400
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        raise APIError(422, "title_required", "a non-blank title is required")
    task = {"id": max(TASKS, default=0) + 1, "title": title, "done": False}
    TASKS[task["id"]] = task
    return task, 201


@app.get("/tasks/<int:task_id>")
def read_task(task_id):
    return find_task(task_id)


@app.patch("/tasks/<int:task_id>/done")
def finish_task(task_id):
    task = find_task(task_id)
    if task["done"]:
        raise APIError(409, "already_done", "this task is already done")
    task["done"] = True
    return task
