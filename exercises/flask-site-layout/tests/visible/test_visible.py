from app import app

client = app.test_client()


def test_home_page():
    """GET / answers 200 HTML with the layout's stylesheet."""
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="/assets/site.css"' in response.get_data(as_text=True)


def test_plant_page_title():
    """A plant's page is titled with its name."""
    page = client.get("/plants/monstera").get_data(as_text=True)
    assert "<title>Monstera - Plant Shop</title>" in page


def test_unknown_plant():
    """An unknown plant answers 404."""
    assert client.get("/plants/cactus").status_code == 404
