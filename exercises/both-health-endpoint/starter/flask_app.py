from flask import Flask, request

app = Flask(__name__)


@app.get("/health")
def health():
    # TODO: add the Cache-Control: no-store header
    # TODO: ?verbose=true adds "framework": "flask"
    return {"status": "ok"}
