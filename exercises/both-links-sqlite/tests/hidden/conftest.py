# Each test runs twice, against flask_app.app and fastapi_app.app, through
# httpx: Flask via httpx.WSGITransport, FastAPI via TestClient (an httpx
# client over ASGI). The tests therefore read the same for both.
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
