import pytest
from fastapi.testclient import TestClient

from app import app, get_api_keys

TEST_KEYS = {"k-test-1": "tester", "k-test-2": "auditor"}
ENDPOINTS = ["/products", "/suppliers"]


@pytest.fixture
def client():
    """A client for an app whose key store is replaced by TEST_KEYS."""
    app.dependency_overrides[get_api_keys] = lambda: TEST_KEYS
    with TestClient(app) as client:
        yield client
    app.dependency_overrides.clear()


def error_locations(response):
    """The locations named by a FastAPI 422 body, e.g. ("query", "limit")."""
    return {tuple(error["loc"]) for error in response.json()["detail"]}


def test_keys_come_from_get_api_keys(client):
    """require_client takes its keys from get_api_keys: with that dependency overridden, a test key is accepted, its client's name is in the answer, and the first 10 products come with limit 10 and offset 0."""
    response = client.get("/products", headers={"X-API-Key": "k-test-2"})
    assert response.status_code == 200
    body = response.json()
    assert body["client"] == "auditor"
    assert (body["limit"], body["offset"]) == (10, 0)
    assert [item["sku"] for item in body["items"]] == [f"P-{n:03}" for n in range(1, 11)]


@pytest.mark.parametrize(
    ("path", "params", "expected"),
    [
        ("/products", {"limit": 3, "offset": 4}, ["P-005", "P-006", "P-007"]),
        ("/products", {"limit": 50, "offset": 23}, ["P-024", "P-025"]),
        ("/suppliers", {"limit": 2, "offset": 1}, [2, 3]),
        ("/suppliers", {}, [1, 2, 3, 4, 5, 6, 7]),
    ],
    ids=["products-page", "products-last-page", "suppliers-page", "suppliers-defaults"],
)
def test_both_endpoints_are_paged(client, path, params, expected):
    """GET /products and GET /suppliers both read limit and offset and answer that page, echoing the limit and offset used."""
    response = client.get(path, params=params, headers={"X-API-Key": "k-test-1"})
    assert response.status_code == 200
    body = response.json()
    key = "sku" if path == "/products" else "id"
    assert [item[key] for item in body["items"]] == expected
    assert body["limit"] == params.get("limit", 10)
    assert body["offset"] == params.get("offset", 0)
    assert body["client"] == "tester"


@pytest.mark.parametrize("path", ENDPOINTS, ids=["products", "suppliers"])
@pytest.mark.parametrize(
    ("params", "name"),
    [({"limit": 0}, "limit"), ({"limit": 51}, "limit"), ({"offset": -1}, "offset")],
    ids=["limit-zero", "limit-over-50", "negative-offset"],
)
def test_bad_paging_answers_422(client, path, params, name):
    """On both endpoints, a limit outside 1-50 or a negative offset answers 422 with "loc" ["query", <parameter>]."""
    response = client.get(path, params=params, headers={"X-API-Key": "k-test-1"})
    assert response.status_code == 422
    assert ("query", name) in error_locations(response)


@pytest.mark.parametrize("path", ENDPOINTS, ids=["products", "suppliers"])
@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "nope"}, {"X-API-Key": ""}, {"X-API-Key": "demo-key-123"}],
    ids=["no-key", "unknown-key", "empty-key", "key-not-in-store"],
)
def test_bad_key_answers_401(client, path, headers):
    """On both endpoints, a missing, empty or unknown X-API-Key (including one that is not in the store get_api_keys returns) answers 401 with {"detail": "Invalid or missing API key"} and a WWW-Authenticate: ApiKey header."""
    response = client.get(path, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid or missing API key"}
    assert response.headers.get("www-authenticate") == "ApiKey"


def test_real_key_store_without_override():
    """Without an override, the demo key from API_KEYS is accepted on both endpoints."""
    app.dependency_overrides.clear()
    client = TestClient(app)
    for path in ENDPOINTS:
        response = client.get(path, headers={"X-API-Key": "demo-key-123"})
        assert response.status_code == 200
        assert response.json()["client"] == "demo"
