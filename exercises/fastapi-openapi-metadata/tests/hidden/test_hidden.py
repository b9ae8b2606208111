import pytest
from fastapi.testclient import TestClient

from app import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


@pytest.fixture
def openapi(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    return response.json()


def resolve(openapi, schema):
    """Follow a "$ref" such as "#/components/schemas/PlantOut"."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return openapi["components"]["schemas"][name]
    return schema


def test_app_title_and_version(openapi):
    """The document's info says title "Plant Shop" and version "1.0.0"."""
    assert openapi["info"]["title"] == "Plant Shop"
    assert openapi["info"]["version"] == "1.0.0"


@pytest.mark.parametrize(
    ("path", "method", "summary"),
    [
        ("/plants", "get", "List plants"),
        ("/plants/{plant_id}", "get", "Get one plant"),
        ("/plants", "post", "Add a plant"),
    ],
    ids=["list", "read", "add"],
)
def test_operations_have_tag_and_summary(openapi, path, method, summary):
    """Each plant operation has the tag "plants" and its own summary."""
    operation = openapi["paths"][path][method]
    assert operation.get("tags") == ["plants"]
    assert operation.get("summary") == summary


def test_read_plant_documents_description_and_404(openapi):
    """GET /plants/{plant_id} has a description and documents a 404 answer described as "Plant not found"."""
    operation = openapi["paths"]["/plants/{plant_id}"]["get"]
    assert isinstance(operation.get("description"), str)
    assert operation["description"].strip()
    assert "404" in operation["responses"]
    assert operation["responses"]["404"]["description"] == "Plant not found"


def test_responses_use_the_public_model(client, openapi):
    """The plant operations document a response with exactly id, name and price, and the JSON they send has no supplier_cost."""
    read = openapi["paths"]["/plants/{plant_id}"]["get"]["responses"]["200"]
    schema = resolve(openapi, read["content"]["application/json"]["schema"])
    assert sorted(schema.get("properties", {})) == ["id", "name", "price"]
    listing = openapi["paths"]["/plants"]["get"]["responses"]["200"]
    schema = listing["content"]["application/json"]["schema"]
    assert schema.get("type") == "array"
    item = resolve(openapi, schema["items"])
    assert sorted(item.get("properties", {})) == ["id", "name", "price"]
    assert client.get("/plants/1").json() == {"id": 1, "name": "Fern", "price": 12.5}
    for plant in client.get("/plants").json():
        assert sorted(plant) == ["id", "name", "price"]


def test_add_plant_answers_and_documents_201(client, openapi):
    """POST /plants answers 201 with the new plant (no supplier_cost), and the document lists "201" as its success answer."""
    response = client.post("/plants", json={"name": "Ivy", "price": 6.5})
    assert response.status_code == 201
    body = response.json()
    assert sorted(body) == ["id", "name", "price"]
    assert body["name"] == "Ivy"
    responses = openapi["paths"]["/plants"]["post"]["responses"]
    assert "201" in responses
    assert "200" not in responses


def test_health_works_but_is_not_documented(client, openapi):
    """GET /health answers 200 {"status": "ok"} but does not appear in /openapi.json."""
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "/health" not in openapi["paths"]
