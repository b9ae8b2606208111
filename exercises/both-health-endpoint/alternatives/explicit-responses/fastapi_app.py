# A JSONResponse built by hand, the flag declared with Annotated and Query.
from typing import Annotated

from fastapi import FastAPI, Query
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/health")
def health(verbose: Annotated[bool, Query()] = False) -> JSONResponse:
    body = {"status": "ok", **({"framework": "fastapi"} if verbose else {})}
    return JSONResponse(body, headers={"Cache-Control": "no-store"})
