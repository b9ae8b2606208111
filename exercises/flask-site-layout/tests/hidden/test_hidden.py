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


client = app.test_client()

PAGES = {
    "home": ("/", 200, "Plant Shop"),
    "plant": ("/plants/monstera", 200, "Monstera - Plant Shop"),
    "other-plant": ("/plants/fern", 200, "Boston fern - Plant Shop"),
    "not-found": ("/plants/cactus", 404, "Not found - Plant Shop"),
}


def page_at(url):
    return Page(client.get(url).get_data(as_text=True))


@pytest.mark.parametrize("name", list(PAGES), ids=list(PAGES))
def test_every_page_uses_the_layout(name):
    """Every page, the 404 page included, has the layout of base.html: a <nav> with a link to the home page, and a stylesheet link that serves static/site.css (wherever the app serves its static files)."""
    url, status, _ = PAGES[name]
    response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    page = Page(response.get_data(as_text=True))
    assert page.find("nav"), "no <nav> in the page"
    assert "/" in [link["attrs"].get("href") for link in page.find("a")]
    links = page.find("link", rel="stylesheet")
    assert links, "no <link rel=\"stylesheet\"> in the page"
    css = client.get(links[0]["attrs"]["href"])
    assert css.status_code == 200
    assert css.mimetype == "text/css"


@pytest.mark.parametrize("name", list(PAGES), ids=list(PAGES))
def test_each_page_has_its_title(name):
    """The <title> is "Plant Shop" on the home page, "<plant name> - Plant Shop" on a plant's page and "Not found - Plant Shop" on the 404 page."""
    url, _, title = PAGES[name]
    assert page_at(url).texts("title") == [title]


@pytest.mark.parametrize(
    ("slug", "name", "price"),
    [("monstera", "Monstera", "24.00 EUR"), ("fern", "Boston fern", "8.50 EUR")],
    ids=["monstera", "fern"],
)
def test_plant_page_shows_the_plant(slug, name, price):
    """A plant's page has an <h1> with its name, an <img> of its picture from static/plants/ with the name as alt text, and <p class="price"> with the price to two decimals and EUR."""
    page = page_at(f"/plants/{slug}")
    assert page.texts("h1") == [name]
    images = page.find("img", alt=name)
    assert images, f"no <img alt=\"{name}\"> in the page"
    picture = client.get(images[0]["attrs"]["src"])
    assert picture.status_code == 200
    assert picture.mimetype == "image/svg+xml"
    assert page.texts("p", **{"class": "price"}) == [price]


def test_home_links_every_plant():
    """The home page links each plant's page, and each link leads to that plant."""
    page = page_at("/")
    links = {text: element["attrs"]["href"] for text, element in zip(page.texts("a"), page.find("a"))}
    for name in ["Monstera", "Boston fern"]:
        assert name in links, f"no link named {name}"
        assert page_at(links[name]).texts("h1") == [name]


def test_unknown_plant_answers_the_404_page():
    """A plant that does not exist answers 404 with the page from 404.html: an <h1>Plant not found</h1> in the layout."""
    response = client.get("/plants/cactus")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert Page(response.get_data(as_text=True)).texts("h1") == ["Plant not found"]
