# @app.route, jsonify, the ids sorted explicitly, dict.get for the lookup.
from flask import Flask, jsonify

app = Flask(__name__)

PLANETS = {
    1: {"id": 1, "name": "Mercury", "moons": 0},
    2: {"id": 2, "name": "Venus", "moons": 0},
    3: {"id": 3, "name": "Earth", "moons": 1},
    4: {"id": 4, "name": "Mars", "moons": 2},
}


@app.route("/planets")
def list_planets():
    return jsonify([PLANETS[planet_id] for planet_id in sorted(PLANETS)])


@app.route("/planets/<int:planet_id>")
def read_planet(planet_id):
    planet = PLANETS.get(planet_id)
    if planet is None:
        return jsonify(error="planet not found"), 404
    return jsonify(planet)
