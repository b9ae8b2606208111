from flask import Flask, flash, redirect, render_template, request

app = Flask(__name__)
# Signs the session cookie that carries flashed messages. A real app reads it from the environment.
app.secret_key = "dev-only-8d1e5c0b7a294f36"

ENTRIES = []  # {"name": ..., "message": ...}, oldest first
REQUIRED = {"name": "Name is required.", "message": "Message is required."}


@app.get("/")
def show_guestbook():
    return render_template("index.html", entries=ENTRIES, errors=[], form={})


@app.post("/")
def sign_guestbook():
    form = {field: request.form.get(field, "") for field in REQUIRED}
    errors = [error for field, error in REQUIRED.items() if not form[field].strip()]
    if errors:
        return render_template("index.html", entries=ENTRIES, errors=errors, form=form), 422
    entry = {field: value.strip() for field, value in form.items()}
    ENTRIES.append(entry)
    flash(f"Thanks for signing, {entry['name']}!")
    return redirect("/", 303)
