from flask import Flask, abort, render_template

# Static files are served under /assets, not Flask's default /static.
app = Flask(__name__, static_url_path="/assets")

PLANTS = {
    "monstera": {"name": "Monstera", "price": 24, "image": "monstera.svg"},
    "fern": {"name": "Boston fern", "price": 8.5, "image": "fern.svg"},
}


@app.get("/")
def home():
    return render_template("home.html", plants=PLANTS)


@app.get("/plants/<slug>")
def plant_page(slug):
    plant = PLANTS.get(slug)
    if plant is None:
        abort(404)
    return render_template("plant.html", plant=plant)
