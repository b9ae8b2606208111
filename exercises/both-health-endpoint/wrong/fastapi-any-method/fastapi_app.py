from fastapi import FastAPI, Response

app = FastAPI()


@app.api_route("/health", methods=["GET", "POST"])
def health(response: Response, verbose: bool = False):
    # FastAPI converts ?verbose=true/false/1/0 to a bool from the annotation.
    response.headers["Cache-Control"] = "no-store"
    body = {"status": "ok"}
    if verbose:
        body["framework"] = "fastapi"
    return body
