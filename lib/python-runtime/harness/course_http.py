"""Sends one HTTP request to a learner's Flask (WSGI) or FastAPI (ASGI) app,
through each framework's own test client, and describes the response."""

import importlib
import json
import sys


class NoApp(Exception):
    pass


def module_name(entry):
    if not entry.endswith(".py"):
        raise NoApp(f"{entry} is not a Python file.")
    return entry[: -len(".py")].replace("/", ".").removesuffix(".__init__")


def find_app(entry):
    module = importlib.import_module(module_name(entry))
    app = getattr(module, "app", None)
    if app is None:
        raise NoApp(
            f"{entry} has no `app` object. Create one at module level, e.g. `app = Flask(__name__)` or `app = FastAPI()`."
        )
    return app, framework_of(app, entry)


def framework_of(app, entry):
    flask = sys.modules.get("flask")
    if flask is not None and isinstance(app, flask.Flask):
        return "flask"
    starlette = sys.modules.get("starlette.applications")
    if starlette is not None and isinstance(app, starlette.Starlette):
        return "fastapi"
    raise NoApp(f"`app` in {entry} is a {type(app).__name__}, not a Flask or FastAPI application.")


def _headers(pairs):
    headers = {}
    for key, value in pairs:
        key = key.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


def _response(status, headers, body):
    result = {"status": status, "headers": headers, "body": body}
    if "json" in headers.get("content-type", ""):
        try:
            result["json"] = json.loads(body)
        except ValueError:
            pass
    return result


def call_flask(app, request):
    previous = app.config.get("PROPAGATE_EXCEPTIONS")
    # Let an unhandled exception surface as a learner error with a traceback,
    # rather than an anonymous 500 page.
    app.config["PROPAGATE_EXCEPTIONS"] = True
    try:
        client = app.test_client()
        kwargs = {"method": request["method"].upper(), "headers": request.get("headers") or {}}
        if request.get("query"):
            kwargs["query_string"] = request["query"]
        if "json" in request:
            kwargs["json"] = request["json"]
        elif request.get("form") is not None:
            kwargs["data"] = request["form"]
        elif request.get("body") is not None:
            kwargs["data"] = request["body"]
        response = client.open(request["path"], **kwargs)
        return _response(response.status_code, _headers(response.headers.items()), response.get_data(as_text=True))
    finally:
        app.config["PROPAGATE_EXCEPTIONS"] = previous


def call_asgi(app, request):
    from fastapi.testclient import TestClient

    kwargs = {"headers": request.get("headers") or {}}
    if request.get("query"):
        kwargs["params"] = request["query"]
    if "json" in request:
        kwargs["json"] = request["json"]
    elif request.get("form") is not None:
        kwargs["data"] = request["form"]
    elif request.get("body") is not None:
        kwargs["content"] = request["body"]
    # `with` runs the app's lifespan (startup/shutdown) like a real server.
    with TestClient(app, raise_server_exceptions=True) as client:
        response = client.request(request["method"].upper(), request["path"], **kwargs)
        return _response(response.status_code, _headers(response.headers.multi_items()), response.text)


def call_app(entry, request):
    app, framework = find_app(entry)
    if framework == "flask":
        return framework, call_flask(app, request)
    return framework, call_asgi(app, request)


def openapi_path(entry):
    app, framework = find_app(entry)
    if framework != "fastapi" or not getattr(app, "openapi_url", None):
        raise NoApp(
            f"The app in {entry} does not publish an OpenAPI document: FastAPI generates one at /openapi.json; Flask does not."
        )
    return app.openapi_url
