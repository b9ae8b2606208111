// What the playground shows first, and after "Reset to the example": a small
// FastAPI app and its tests. The learner's own project is kept by
// lib/workspace/playground-files.ts.
import type { SourceFiles } from "@/lib/python-runtime/types";

export const STARTER_APP = `from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Greeting(BaseModel):
    name: str


@app.post("/greet", status_code=201)
def greet(body: Greeting):
    return {"message": f"Hello, {body.name}!"}


if __name__ == "__main__":
    from fastapi.testclient import TestClient

    response = TestClient(app).post("/greet", json={"name": "Ada"})
    print(response.status_code, response.json())
`;

export const STARTER_TESTS = `from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_greet():
    """POST /greet answers 201 with a greeting."""
    response = client.post("/greet", json={"name": "Ada"})
    assert response.status_code == 201
    assert response.json() == {"message": "Hello, Ada!"}


def test_name_is_required():
    """A body without a name is refused with 422."""
    assert client.post("/greet", json={}).status_code == 422
`;

export const STARTER_FILES: SourceFiles = { "app.py": STARTER_APP, "test_app.py": STARTER_TESTS };
