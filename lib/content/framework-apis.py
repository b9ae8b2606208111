# The framework APIs course code uses, for the check that every API an
# exercise's solution needs is taught by its lesson (or an earlier one) or
# named in its instructions. Reads the files given as JSON on stdin-like
# global FILES ({path: source}) and prints {path: [api, ...]} as JSON.
#
# An API is: a name imported from a framework package; an attribute read
# from Flask's `request`; a route or app method called on any object
# (`.get`, `.errorhandler`); a keyword argument given to a framework
# callable or to such a method (`status_code=`). Attributes of `g` and
# `session` are the learner's own data, not APIs, and so are the keywords
# given to a template-rendering call: they name the template's variables.
import ast
import json

FRAMEWORKS = {"flask", "fastapi", "pydantic", "starlette", "werkzeug", "sqlalchemy", "sqlmodel", "flask_sqlalchemy", "flask_login"}
APP_METHODS = {
    "get", "post", "put", "patch", "delete", "route", "api_route", "websocket",
    "errorhandler", "app_errorhandler", "exception_handler", "add_exception_handler",
    "middleware", "add_middleware", "include_router", "register_blueprint",
    "before_request", "after_request", "teardown_request",
}
# Flask's renderers take the template's variables as keywords (`entries=...`).
TEMPLATE_CONTEXT_CALLS = {"render_template", "render_template_string", "stream_template", "stream_template_string"}


def framework_apis(source):
    tree = ast.parse(source)
    imported = set()
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in FRAMEWORKS:
            for alias in node.names:
                imported.add(alias.asname or alias.name)
                found.add(alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "request" and "request" in imported:
            found.add(f"request.{node.attr}")
        if isinstance(node, ast.Call):
            func = node.func
            framework_call = isinstance(func, ast.Name) and func.id in imported
            app_method = isinstance(func, ast.Attribute) and func.attr in APP_METHODS
            if app_method:
                found.add(f".{func.attr}")
            template_context = framework_call and func.id in TEMPLATE_CONTEXT_CALLS
            if (framework_call or app_method) and not template_context:
                found.update(f"{keyword.arg}=" for keyword in node.keywords if keyword.arg)
    return sorted(found)


print(json.dumps({path: framework_apis(source) for path, source in FILES.items()}))  # noqa: F821
