# @app.route with methods, jsonify and an error handler registered by call.
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/hello", methods=["GET"])
@app.route("/hello/<name>", methods=["GET"])
def hello(name="World"):
    return jsonify(message=f"Hello, {name}!")


@app.route("/greetings", methods=["POST"])
def create_greeting():
    body = request.get_json(silent=True)
    name = body.get("name") if isinstance(body, dict) else None
    if isinstance(name, str) and name.strip():
        return jsonify(message=f"Hello, {name}!"), 201
    return jsonify(error="name is required"), 400


def not_found(error):
    return jsonify(error="not found"), 404


app.register_error_handler(404, not_found)
