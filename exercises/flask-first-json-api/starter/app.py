from flask import Flask

app = Flask(__name__)

PLANETS = {
    1: {"id": 1, "name": "Mercury", "moons": 0},
    2: {"id": 2, "name": "Venus", "moons": 0},
    3: {"id": 3, "name": "Earth", "moons": 1},
    4: {"id": 4, "name": "Mars", "moons": 2},
}


@app.get("/planets")
def list_planets():
    # TODO: answer a JSON list of every planet, in id order
    return {}


# TODO: GET /planets/<id> -> the planet, or 404 {"error": "planet not found"}
