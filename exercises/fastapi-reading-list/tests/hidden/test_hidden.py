from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from app import app


class Page(HTMLParser):
    """The elements of an HTML page as dicts: tag, attrs and the text inside, in document order."""

    VOID = {"input", "link", "meta", "br", "img", "hr"}

    def __init__(self, html):
        super().__init__()
        self.elements = []
        self.open = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in self.VOID:
            self.open.append(element)

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index]["tag"] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        for element in self.open:
            element["text"] += data

    def find(self, tag, **attrs):
        return [
            element
            for element in self.elements
            if element["tag"] == tag and all(element["attrs"].get(name) == value for name, value in attrs.items())
        ]

    def texts(self, tag, **attrs):
        return [" ".join(element["text"].split()) for element in self.find(tag, **attrs)]


client = TestClient(app)


def add(title):
    return client.post("/books", data={"title": title}, follow_redirects=False)


def books():
    return Page(client.get("/").text).texts("li", **{"class": "book"})


def test_page_lists_books_with_a_form():
    """GET / answers 200 HTML with <title>Reading list</title> and a form that posts the field "title" to /books."""
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "text/html"
    page = Page(response.text)
    assert page.texts("title") == ["Reading list"]
    forms = page.find("form", method="post")
    assert forms, "no <form method=\"post\"> in the page"
    assert urlsplit(forms[0]["attrs"].get("action", "")).path == "/books"
    assert page.find("input", name="title")


def test_stylesheet_is_served_from_static():
    """The page links a stylesheet under /static/, and that URL answers static/style.css as text/css."""
    page = Page(client.get("/").text)
    links = page.find("link", rel="stylesheet")
    assert links, "no <link rel=\"stylesheet\"> in the page"
    href = urlsplit(links[0]["attrs"]["href"]).path
    assert href == "/static/style.css"
    css = client.get(href)
    assert css.status_code == 200
    assert css.headers["content-type"].split(";")[0] == "text/css"
    assert ".book" in css.text


def test_adding_a_book_redirects_with_303():
    """POST /books with a title answers 303 See Other to /, and the books are listed as <li class="book"> in the order they were added."""
    response = add("Dune")
    assert response.status_code == 303
    assert urlsplit(response.headers["location"]).path == "/"
    add("Solaris")
    assert books()[-2:] == ["Dune", "Solaris"]


def test_titles_are_escaped():
    """A title with HTML in it is listed as text, escaped: it never becomes an element of the page."""
    add('<img src=x onerror="alert(1)">Neuromancer')
    page = Page(client.get("/").text)
    assert page.find("img") == []
    assert books()[-1] == '<img src=x onerror="alert(1)">Neuromancer'


@pytest.mark.parametrize(
    "form",
    [{"title": ""}, {"title": "   "}, {}],
    ids=["empty", "only-spaces", "missing"],
)
def test_blank_title_shows_the_form_again(form):
    """POST /books with an empty, blank or missing title answers 422 with the HTML page again: <p class="error">Title is required.</p>, the title typed in the input, and no book added."""
    before = books()
    response = client.post("/books", data=form, follow_redirects=False)
    assert response.status_code == 422
    assert response.headers["content-type"].split(";")[0] == "text/html"
    page = Page(response.text)
    assert page.texts("p", **{"class": "error"}) == ["Title is required."]
    assert page.find("input", name="title")[0]["attrs"].get("value", "") == form.get("title", "")
    assert books() == before
