from typing import Annotated

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")

BOOKS = []  # titles, in the order they were added


def books_page(request: Request, title="", error=None, status_code=200):
    context = {"books": BOOKS, "title": title, "error": error}
    return templates.TemplateResponse(request, "books.html", context, status_code=status_code)


@app.get("/", response_class=HTMLResponse)
def home(request: Request):
    return books_page(request)


@app.post("/books", response_class=HTMLResponse)
def add_book(request: Request, title: Annotated[str, Form()] = ""):
    if not title.strip():
        return books_page(request, title=title, error="Title is required.", status_code=422)
    BOOKS.append(title.strip())
    return RedirectResponse("/", status_code=303)
