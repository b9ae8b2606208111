from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    return {"message": "Hello World"}


@app.get("/hello/<name>")
def hello_name(name):
    return {"message": f"Hello, {name}!"}


@app.post("/greetings")
def create_greeting():
    # silent=True: a missing or malformed JSON body becomes None instead of a
    # 415/400 HTML error page, so we can answer with our own JSON error.
    data = request.get_json(silent=True) or {}
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        return {"error": "name is required"}, 400
    return {"message": f"Hello, {name.strip()}!"}, 201


@app.errorhandler(404)
def not_found(error):
    return {"error": "not found"}, 404
