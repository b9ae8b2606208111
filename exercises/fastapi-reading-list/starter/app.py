from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
# TODO: serve the static/ folder at /static, under the name "static"
templates = Jinja2Templates(directory="templates")

BOOKS = []  # titles, in the order they were added


@app.get("/", response_class=HTMLResponse)
def home(request: Request):
    return templates.TemplateResponse(request, "books.html", {"books": BOOKS})


# TODO: POST /books with the form field "title": add the book and redirect to / with 303;
# a blank title answers 422 with the page again, the error and the title typed.
