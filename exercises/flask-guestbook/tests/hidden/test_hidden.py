from html.parser import HTMLParser

import pytest

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


def page_of(response):
    return Page(response.get_data(as_text=True))


def sign(client, name, message):
    return client.post("/", data={"name": name, "message": message})


def test_page_uses_the_layout():
    """GET / answers 200 HTML built on base.html: the <title>Guestbook</title>, a stylesheet link that serves static/style.css, and the form with the name input and the message textarea."""
    client = app.test_client()
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = page_of(response)
    assert page.texts("title") == ["Guestbook"]
    links = page.find("link", rel="stylesheet")
    assert links, "no <link rel=\"stylesheet\"> in the page"
    css = client.get(links[0]["attrs"]["href"])
    assert css.status_code == 200
    assert css.mimetype == "text/css"
    assert page.find("input", name="name")
    assert page.find("textarea", name="message")


def test_signing_redirects_with_303():
    """POST / with a name and a message answers 303 See Other with Location /, so that reloading the next page does not send the form again."""
    response = sign(app.test_client(), "Grace", "Lovely site")
    assert response.status_code == 303
    assert response.headers["Location"] in ("/", "http://localhost/")


def test_thanks_is_flashed_once():
    """After signing as "  Grace ", the page the redirect leads to shows <p class="flash">Thanks for signing, Grace!</p> (the name stripped), and the page after it no longer does."""
    client = app.test_client()
    response = sign(client, "  Grace ", "Hello again")
    assert response.status_code == 303
    after = page_of(client.get(response.headers["Location"]))
    assert after.texts("p", **{"class": "flash"}) == ["Thanks for signing, Grace!"]
    assert page_of(client.get("/")).texts("p", **{"class": "flash"}) == []


def test_entries_are_listed_newest_first():
    """Each entry is an <li class="entry"> with the name in <strong> and then the message; the newest entry comes first."""
    client = app.test_client()
    sign(client, "Ada", "First!")
    sign(client, "Linus", "Second.")
    page = page_of(client.get("/"))
    entries = page.texts("li", **{"class": "entry"})
    assert entries[:2] == ["Linus Second.", "Ada First!"]
    assert page.texts("strong")[:2] == ["Linus", "Ada"]


def test_entries_are_escaped():
    """A name or message with HTML in it is shown as text, escaped: a <script> someone signs with never becomes a script element."""
    client = app.test_client()
    sign(client, "<b>Mallory</b>", "<script>alert('hi')</script>")
    response = client.get("/")
    page = page_of(response)
    assert page.find("script") == []
    assert page.find("b") == []
    assert "<b>Mallory</b> <script>alert('hi')</script>" in page.texts("li", **{"class": "entry"})
    assert "&lt;script&gt;" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("name", "message", "errors"),
    [
        ("", "Hi there", ["Name is required."]),
        ("Ada", "", ["Message is required."]),
        ("   ", "Only spaces in the name", ["Name is required."]),
        ("", "  ", ["Name is required.", "Message is required."]),
    ],
    ids=["blank-name", "blank-message", "name-of-spaces", "both-blank"],
)
def test_blank_fields_are_refused(name, message, errors):
    """POST / with a blank (or only spaces) name or message answers 422 with the page again: a <p class="error"> for each blank field and the form refilled with what was typed; nothing is added."""
    client = app.test_client()
    before = page_of(client.get("/")).texts("li", **{"class": "entry"})
    response = sign(client, name, message)
    assert response.status_code == 422
    assert response.mimetype == "text/html"
    page = page_of(response)
    assert page.texts("p", **{"class": "error"}) == errors
    assert page.find("input", name="name")[0]["attrs"].get("value", "") == name
    assert page.find("textarea", name="message")[0]["text"] == message
    assert page_of(client.get("/")).texts("li", **{"class": "entry"}) == before
