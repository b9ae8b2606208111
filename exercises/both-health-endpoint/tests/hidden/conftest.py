# Runs every test twice: once against flask_app.app, once against
# fastapi_app.app. Both are driven through httpx, so the tests read the same:
# Flask through httpx's WSGI transport, FastAPI through its TestClient (an
# httpx client over ASGI).
import httpx
import pytest
from fastapi.testclient import TestClient


@pytest.fixture(params=["flask", "fastapi"])
def framework(request):
    return request.param


@pytest.fixture
def client(framework):
    if framework == "flask":
        from flask_app import app

        transport = httpx.WSGITransport(app=app)
        with httpx.Client(transport=transport, base_url="http://testserver") as client:
            yield client
    else:
        from fastapi_app import app

        with TestClient(app) as client:
            yield client
