from pathlib import Path
from typing import Annotated

from fastapi import FastAPI, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel

HERE = Path(__file__).parent

app = FastAPI()
app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
templates = Jinja2Templates(directory=HERE / "templates")

BOOKS = []  # titles, in the order they were added


class BookForm(BaseModel):
    title: str = ""


@app.get("/", response_class=HTMLResponse)
def home(request: Request):
    return templates.TemplateResponse(
        request=request, name="books.html", context={"books": BOOKS, "title": ""}
    )


@app.post("/books", response_class=HTMLResponse)
def add_book(request: Request, form: Annotated[BookForm, Form()]):
    title = form.title.strip()
    if not title:
        return templates.TemplateResponse(
            request=request,
            name="books.html",
            context={"books": BOOKS, "title": form.title, "error": "Title is required."},
            status_code=status.HTTP_422_UNPROCESSABLE_CONTENT,
        )
    BOOKS.append(title)
    return RedirectResponse(request.url_for("home"), status_code=status.HTTP_303_SEE_OTHER)
