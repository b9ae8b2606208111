import csv
import io
from typing import Annotated

from fastapi import FastAPI, Form, HTTPException, UploadFile
from fastapi.responses import StreamingResponse

app = FastAPI()

MAX_BYTES = 64 * 1024
# The catalogue, oldest import first: {"title": str, "pages": int}.
BOOKS: list[dict] = []


@app.post("/imports", status_code=201)
async def import_books(file: UploadFile, source: Annotated[str, Form()]):
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="File too large")
    new_books = []
    bad_row = None
    reader = csv.DictReader(io.StringIO(data.decode("utf-8")))
    for row_number, row in enumerate(reader, start=2):
        pages = row.get("pages")
        if not (isinstance(pages, str) and pages.isdigit()):
            bad_row = row_number
            continue
        new_books.append({"title": row["title"], "pages": int(pages)})
    if bad_row is not None:
        raise HTTPException(status_code=400, detail=f"Row {bad_row}: pages must be a whole number")
    BOOKS.extend(new_books)
    return {"source": source, "imported": len(new_books)}


@app.get("/books.csv")
def export_books():
    def lines():
        yield "title,pages\n"
        for book in BOOKS:
            yield f"{book['title']},{book['pages']}\n"

    return StreamingResponse(lines(), media_type="text/csv")
