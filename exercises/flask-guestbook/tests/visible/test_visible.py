from app import app


def test_page_answers_html():
    """GET / answers 200 with an HTML page."""
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "<title>Guestbook</title>" in response.get_data(as_text=True)


def test_signing_redirects_and_lists_the_entry():
    """POST / answers 303 to /, and the entry is on the page after it."""
    client = app.test_client()
    response = client.post("/", data={"name": "Ada", "message": "Hello!"})
    assert response.status_code == 303
    page = " ".join(client.get("/").get_data(as_text=True).split())
    assert "<strong>Ada</strong> Hello!" in page
