// Exercises the route handlers against the real exercises/ folder.
import { describe, expect, it } from "vitest";
import { POST as hiddenTests } from "@/app/api/exercises/[slug]/hidden-tests/route";
import { POST as solution } from "@/app/api/exercises/[slug]/solution/route";

const call = (handler: typeof hiddenTests, slug: string) =>
  handler(new Request(`http://localhost/api/exercises/${slug}/x`, { method: "POST" }), { params: Promise.resolve({ slug }) });

describe("POST /api/exercises/<slug>/hidden-tests", () => {
  it("returns the hidden test files, never cached", async () => {
    const response = await call(hiddenTests, "flask-hello-routes");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { tests: Record<string, string> };
    expect(Object.keys(body.tests)).toContain("test_hidden.py");
    expect(body.tests["test_hidden.py"]).toMatch(/def test_/);
    // Only tests: no solution or starter files ride along.
    expect(Object.keys(body.tests).every((name) => name.startsWith("test_") || name === "conftest.py")).toBe(true);
  });

  it("answers 404 for an unknown or malformed slug", async () => {
    expect((await call(hiddenTests, "no-such-exercise")).status).toBe(404);
    expect((await call(hiddenTests, "../etc")).status).toBe(404);
  });
});

describe("POST /api/exercises/<slug>/solution", () => {
  it("returns the solution files", async () => {
    const response = await call(solution, "fastapi-items-validation");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { files: Record<string, string> };
    expect(body.files["app.py"]).toMatch(/status_code=201/);
  });

  it("answers 404 for an unknown slug", async () => {
    expect((await call(solution, "no-such-exercise")).status).toBe(404);
  });
});
