from flask import Flask, render_template

app = Flask(__name__)
# Signs the session cookie that carries flashed messages. A real app reads it from the environment.
app.secret_key = "dev-only-8d1e5c0b7a294f36"

ENTRIES = []  # {"name": ..., "message": ...}, oldest first


@app.route("/", methods=["GET", "POST"])
def index():
    # TODO: on POST, read name and message from the form and validate them;
    # when one is blank, show the page again with 422, the errors and the values typed;
    # otherwise add the entry, flash "Thanks for signing, <name>!" and redirect to / with 303.
    return render_template("index.html", entries=ENTRIES, errors=[], name="", message="")
