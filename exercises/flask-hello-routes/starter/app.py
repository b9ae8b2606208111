from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    return {"message": "Hello, World!"}


# TODO: GET /hello/<name> -> {"message": "Hello, <name>!"}


# TODO: POST /greetings with JSON {"name": ...}
#   -> 201 and {"message": "Hello, <name>!"}
#   -> 400 and {"error": "name is required"} when the name is missing or blank


# TODO: answer unknown URLs with JSON: 404 and {"error": "not found"}
