# The same API on an APIRouter, with File() and Form() spelled out, the
# CSV split by hand and an async generator for the stream.
from typing import Annotated

from fastapi import APIRouter, FastAPI, File, Form, HTTPException, UploadFile
from fastapi.responses import StreamingResponse

MAX_BYTES = 64 * 1024
BOOKS: list[dict] = []

router = APIRouter()


def parse_books(text: str) -> list[dict]:
    books = []
    lines = text.splitlines()
    for number, line in enumerate(lines[1:], start=2):
        title, _, pages = line.partition(",")
        if not pages.isdigit():
            raise HTTPException(400, f"Row {number}: pages must be a whole number")
        books.append({"title": title, "pages": int(pages)})
    return books


@router.post("/imports", status_code=201)
async def import_books(
    source: Annotated[str, Form()],
    file: Annotated[UploadFile, File()],
):
    content = await file.read(MAX_BYTES + 1)
    if len(content) > MAX_BYTES:
        raise HTTPException(413, "File too large")
    books = parse_books(content.decode())
    BOOKS.extend(books)
    return {"source": source, "imported": len(books)}


@router.get("/books.csv")
async def export_books():
    async def rows():
        yield "title,pages\n"
        for book in list(BOOKS):
            yield f"{book['title']},{book['pages']}\n"

    return StreamingResponse(rows(), media_type="text/csv")


app = FastAPI()
app.include_router(router)
