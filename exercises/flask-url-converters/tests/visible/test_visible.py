from app import app

client = app.test_client()


def test_read_user():
    """GET /users/2 answers 200 with Grace."""
    response = client.get("/users/2")
    assert response.status_code == 200
    assert response.get_json() == {"id": 2, "name": "Grace"}


def test_read_post():
    """GET /posts/hello-flask answers 200 with the post."""
    response = client.get("/posts/hello-flask")
    assert response.status_code == 200
    assert response.get_json()["slug"] == "hello-flask"
