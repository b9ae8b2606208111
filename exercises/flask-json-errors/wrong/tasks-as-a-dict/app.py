import json

from flask import Flask, request
from werkzeug.exceptions import HTTPException

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


def error_body(code, message):
    return {"error": {"code": code, "message": message}}


@app.errorhandler(APIError)
def handle_api_error(error):
    return error_body(error.code, error.message), error.status


@app.errorhandler(HTTPException)
def handle_http_exception(error):
    code = error.name.lower().replace(" ", "_")
    response = error.get_response()
    response.set_data(json.dumps(error_body(code, error.description)))
    response.content_type = "application/json"
    return response


def find_task(task_id):
    if task_id not in TASKS:
        raise APIError(404, "task_not_found", f"no task with id {task_id}")
    return TASKS[task_id]


@app.get("/tasks")
def list_tasks():
    return {str(task_id): task for task_id, task in TASKS.items()}


@app.post("/tasks")
def create_task():
    data = request.get_json()
    if not isinstance(data, dict):
        raise APIError(400, "bad_request", "the body must be a JSON object")
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
