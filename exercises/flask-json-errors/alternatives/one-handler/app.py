# One handler for both kinds of error: APIError becomes an HTTPException
# subclass, so Flask's own errors and the app's go through the same code.
import json

from flask import Flask, request
from werkzeug.exceptions import HTTPException

app = Flask(__name__)

TASKS = {
    1: {"id": 1, "title": "Buy seeds", "done": False},
    2: {"id": 2, "title": "Dig the bed", "done": True},
}


class APIError(HTTPException):
    def __init__(self, status, code, message):
        super().__init__(description=message)
        self.code = status
        self.error_code = code


@app.errorhandler(HTTPException)
def json_error(error):
    code = getattr(error, "error_code", None) or "_".join(error.name.lower().split())
    response = error.get_response()
    response.set_data(json.dumps({"error": {"code": code, "message": error.description}}))
    response.content_type = "application/json"
    return response


def find_task(task_id):
    task = TASKS.get(task_id)
    if task is None:
        raise APIError(404, "task_not_found", f"no task with id {task_id}")
    return task


@app.route("/tasks", methods=["GET", "POST"])
def tasks():
    if request.method == "GET":
        return [TASKS[key] for key in sorted(TASKS)]
    body = request.get_json()
    if not isinstance(body, dict):
        raise APIError(400, "bad_request", "send a JSON object")
    title = body.get("title")
    if not (isinstance(title, str) and title.strip()):
        raise APIError(422, "title_required", "a title is required")
    new_id = max(TASKS) + 1
    TASKS[new_id] = {"id": new_id, "title": title, "done": False}
    return TASKS[new_id], 201


@app.route("/tasks/<int:task_id>")
def read_task(task_id):
    return find_task(task_id)


@app.route("/tasks/<int:task_id>/done", methods=["PATCH"])
def finish_task(task_id):
    task = find_task(task_id)
    if task["done"]:
        raise APIError(409, "already_done", "already done")
    task["done"] = True
    return task
