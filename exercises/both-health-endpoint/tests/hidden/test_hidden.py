def test_health_says_ok(client):
    """GET /health answers 200 with the JSON body {"status": "ok"}."""
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_health_is_json(client):
    """GET /health is sent as JSON: its Content-Type is application/json."""
    response = client.get("/health")
    assert response.headers["content-type"].split(";")[0] == "application/json"


def test_health_is_never_cached(client):
    """GET /health carries the header Cache-Control: no-store."""
    response = client.get("/health")
    assert response.headers.get("cache-control") == "no-store"


def test_verbose_names_the_framework(client, framework):
    """GET /health?verbose=true adds the framework's name: {"status": "ok", "framework": "flask"} or "fastapi"."""
    response = client.get("/health", params={"verbose": "true"})
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "framework": framework}


def test_verbose_false_is_the_short_answer(client):
    """GET /health?verbose=false answers the short body {"status": "ok"}: "false" is not true."""
    response = client.get("/health", params={"verbose": "false"})
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_other_methods_are_not_allowed(client):
    """POST /health answers 405 Method Not Allowed."""
    response = client.post("/health")
    assert response.status_code == 405
