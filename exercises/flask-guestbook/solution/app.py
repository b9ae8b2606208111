from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
# Signs the session cookie that carries flashed messages. A real app reads it from the environment.
app.secret_key = "dev-only-8d1e5c0b7a294f36"

ENTRIES = []  # {"name": ..., "message": ...}, oldest first


@app.route("/", methods=["GET", "POST"])
def index():
    if request.method == "GET":
        return render_template("index.html", entries=ENTRIES[::-1], errors=[], name="", message="")
    name = request.form.get("name", "")
    message = request.form.get("message", "")
    errors = []
    if not name.strip():
        errors.append("Name is required.")
    if not message.strip():
        errors.append("Message is required.")
    if errors:
        page = render_template(
            "index.html", entries=ENTRIES[::-1], errors=errors, name=name, message=message
        )
        return page, 422
    ENTRIES.append({"name": name.strip(), "message": message.strip()})
    flash(f"Thanks for signing, {name.strip()}!")
    return redirect(url_for("index"), code=303)
