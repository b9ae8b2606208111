// What the playground shows first, a small FastAPI app and its tests, and
// where it keeps the learner's version in this browser.
import { z } from "zod";
import type { SourceFiles } from "@/lib/python-runtime/types";
import type { KeyValueStorage } from "@/lib/progress/local-progress";

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

const STORAGE_KEY = "course:playground:v1";
const saved = z.object({ "app.py": z.string().max(100_000), "test_app.py": z.string().max(100_000) });

/** The learner's playground files, or the example when none are saved (or they do not parse). */
export function loadPlaygroundFiles(storage: KeyValueStorage): SourceFiles {
  try {
    const parsed = saved.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? "null"));
    return parsed.success ? parsed.data : STARTER_FILES;
  } catch {
    return STARTER_FILES;
  }
}

export function savePlaygroundFiles(storage: KeyValueStorage, files: SourceFiles): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ "app.py": files["app.py"] ?? "", "test_app.py": files["test_app.py"] ?? "" }));
  } catch {
    // Full or disabled storage: the code lasts for this page only.
  }
}
