import re

from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_page_answers_html():
    """GET / answers 200 with an HTML page."""
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "text/html"


def test_stylesheet_is_served():
    """GET /static/style.css answers the stylesheet."""
    response = client.get("/static/style.css")
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "text/css"


def test_adding_a_book():
    """POST /books answers 303, and the book is on the page after it."""
    response = client.post("/books", data={"title": "Emma"}, follow_redirects=False)
    assert response.status_code == 303
    assert re.search(r'<li class="book">\s*Emma\s*</li>', client.get("/").text)
