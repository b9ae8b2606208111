from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/health")
def health(response: Response, verbose: bool = False):
    # FastAPI converts ?verbose=true/false/1/0 to a bool from the annotation.
    response.headers["Cache-Control"] = "no-store"
    body = {"status": "ok"}
    return body
