import pytest

from app import app

PASSWORDS = {"ada": "alice-secret-1", "linus": "linus-secret-2"}


def logged_in(username):
    client = app.test_client()
    response = client.post(
        "/login", json={"username": username, "password": PASSWORDS[username]}
    )
    assert response.status_code == 200
    return client


def add(client, product, quantity=None):
    body = {"product": product}
    if quantity is not None:
        body["quantity"] = quantity
    return client.post("/cart/items", json=body)


def test_login_checks_the_password():
    """POST /login answers 200 {"username": ...} for the right password and 401 {"error": "invalid credentials"} for a wrong password or an unknown user."""
    client = app.test_client()
    response = client.post("/login", json={"username": "linus", "password": "linus-secret-2"})
    assert response.status_code == 200
    assert response.get_json() == {"username": "linus"}
    for username, password in [("linus", "alice-secret-1"), ("eve", "x")]:
        response = client.post("/login", json={"username": username, "password": password})
        assert response.status_code == 401
        assert response.get_json() == {"error": "invalid credentials"}


def test_cart_is_kept_across_requests():
    """Items added with POST /cart/items stay in the cart on later requests from the same client; adding a product twice adds the quantities, and quantity defaults to 1."""
    client = logged_in("ada")
    assert client.get("/cart").get_json() == {"items": {}, "total_items": 0}
    add(client, "apple", 2)
    add(client, "bread")
    response = add(client, "apple", 1)
    assert response.status_code == 200
    expected = {"items": {"apple": 3, "bread": 1}, "total_items": 4}
    assert response.get_json() == expected
    assert client.get("/cart").get_json() == expected


def test_each_user_has_their_own_cart():
    """Two users logged in from two clients have separate carts."""
    ada = logged_in("ada")
    linus = logged_in("linus")
    add(ada, "milk", 4)
    assert linus.get("/cart").get_json() == {"items": {}, "total_items": 0}
    add(linus, "bread", 1)
    assert ada.get("/cart").get_json() == {"items": {"milk": 4}, "total_items": 4}


@pytest.mark.parametrize(
    "cookies",
    [{}, {"user": "ada", "username": "ada", "session": "eyJ1c2VyIjoiYWRhIn0"}],
    ids=["no-cookie", "forged-cookies"],
)
def test_cart_requires_login(cookies):
    """Without logging in, GET /cart and POST /cart/items answer 401 {"error": "login required"}, even with hand-made cookies that claim to be ada."""
    client = app.test_client()
    for name, value in cookies.items():
        client.set_cookie(name, value)
    for response in [client.get("/cart"), add(client, "apple", 1)]:
        assert response.status_code == 401
        assert response.get_json() == {"error": "login required"}


def test_logout_ends_the_session():
    """After POST /logout answers 200 {"logged_out": true}, the same client gets 401 on /cart; logging in again starts with an empty cart."""
    client = logged_in("ada")
    add(client, "apple", 5)
    response = client.post("/logout")
    assert response.status_code == 200
    assert response.get_json() == {"logged_out": True}
    assert client.get("/cart").status_code == 401
    client.post("/login", json={"username": "ada", "password": "alice-secret-1"})
    assert client.get("/cart").get_json() == {"items": {}, "total_items": 0}


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"product": "caviar", "quantity": 1}, 404, "unknown product"),
        ({"product": "apple", "quantity": 0}, 422, "quantity must be 1 to 10"),
        ({"product": "apple", "quantity": 11}, 422, "quantity must be 1 to 10"),
        ({"product": "apple", "quantity": "2"}, 422, "quantity must be 1 to 10"),
    ],
    ids=["unknown-product", "quantity-0", "quantity-11", "quantity-as-string"],
)
def test_bad_items_are_rejected(body, status, error):
    """POST /cart/items answers 404 {"error": "unknown product"} for a product not on sale and 422 {"error": "quantity must be 1 to 10"} for a bad quantity; the cart does not change."""
    client = logged_in("linus")
    response = client.post("/cart/items", json=body)
    assert response.status_code == status
    assert response.get_json() == {"error": error}
    assert client.get("/cart").get_json() == {"items": {}, "total_items": 0}


def test_cart_starts_empty_at_login():
    """Logging in starts with an empty cart, even on a client where someone else was logged in with items in their cart."""
    client = logged_in("ada")
    add(client, "milk", 2)
    response = client.post("/login", json={"username": "linus", "password": PASSWORDS["linus"]})
    assert response.status_code == 200
    assert client.get("/cart").get_json() == {"items": {}, "total_items": 0}
