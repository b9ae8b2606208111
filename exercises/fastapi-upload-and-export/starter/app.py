import csv
import io
from typing import Annotated

from fastapi import FastAPI, Form, HTTPException, UploadFile
from fastapi.responses import StreamingResponse

app = FastAPI()

MAX_BYTES = 64 * 1024
# The catalogue, oldest import first: {"title": str, "pages": int}.
BOOKS: list[dict] = []


@app.post("/imports")
async def import_books():
    # TODO: the file part `file` (UploadFile) and the form field `source`.
    # TODO: 413 {"detail": "File too large"} for more than MAX_BYTES.
    # TODO: read the CSV; 400 {"detail": "Row <n>: pages must be a whole number"}
    #       for the first bad row (the header is row 1); import nothing then.
    # TODO: answer 201 {"source": ..., "imported": <count>}.
    return {}


# TODO: GET /books.csv streams "title,pages" and one line per book
#       with StreamingResponse, media type text/csv.
