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
    return sorted(PLANETS.values(), key=lambda planet: planet["name"])


@app.get("/planets/<int:planet_id>")
def read_planet(planet_id):
    if planet_id not in PLANETS:
        return {"error": "planet not found"}, 404
    return PLANETS[planet_id]
