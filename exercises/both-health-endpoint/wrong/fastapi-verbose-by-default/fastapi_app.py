from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/health")
def health(response: Response, verbose: bool = True):
    # FastAPI converts ?verbose=true/false/1/0 to a bool from the annotation.
    response.headers["Cache-Control"] = "no-store"
    body = {"status": "ok"}
    if verbose:
        body["framework"] = "fastapi"
    return body
