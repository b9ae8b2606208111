from fastapi import FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/health")
def health(response: Response, verbose: bool = False):
    # FastAPI converts ?verbose=true/false/1/0 to a bool from the annotation.
    response.headers["Cache-Control"] = "no-store"
    body = {"status": "ok"}
    if verbose:
        body["framework"] = "fastapi"
    # A new response object: the header set on `response` above is dropped.
    return JSONResponse(body)
