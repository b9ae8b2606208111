# The response built with jsonify, the flag compared as text.
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/health", methods=["GET"])
def health():
    body = {"status": "ok"}
    if request.args.get("verbose", "false").lower() == "true":
        body["framework"] = "flask"
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response
