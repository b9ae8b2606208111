from app import app


def test_login_then_add_to_cart():
    """After logging in, adding an apple shows it in the cart."""
    client = app.test_client()
    login = {"username": "ada", "password": "alice-secret-1"}
    assert client.post("/login", json=login).status_code == 200
    client.post("/cart/items", json={"product": "apple", "quantity": 2})
    cart = client.get("/cart").get_json()
    assert cart == {"items": {"apple": 2}, "total_items": 2}


def test_cart_needs_login():
    """GET /cart without logging in answers 401."""
    assert app.test_client().get("/cart").status_code == 401
