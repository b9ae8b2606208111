from flask import Flask, request

app = Flask(__name__)


def as_bool(value: str) -> bool:
    # Query strings are text: "false" is a non-empty, truthy string.
    return value.lower() in ("1", "true", "yes", "on")


@app.get("/health")
def health():
    body = {"status": "up"}
    if request.args.get("verbose", default=False, type=as_bool):
        body["framework"] = "flask"
    return body, 200, {"Cache-Control": "no-store"}
