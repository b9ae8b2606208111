// A project is more than its .py files: templates, static files and data
// files read at run time travel with it into the container (issue "Real
// projects, not only app.py").
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createNodeRuntime, type WorkerRuntime } from "./index";
import { readPythonFolder } from "./python-folder";

const fixture = path.resolve(import.meta.dirname, "../../../tests/fixtures/python/flask-templates");
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = createNodeRuntime({ timeoutMs: 15_000 });
  await runtime.boot();
}, 120_000);

afterAll(() => runtime.dispose());

it("renders a Jinja template, serves a static file and reads a JSON file beside the app", async () => {
  const { files, tests, skipped } = await readPythonFolder(fixture);
  expect(skipped).toEqual([]);
  const report = await runtime.runTests(files, tests);
  expect(report.error).toBeNull();
  expect(report.summary).toMatchObject({ total: 2, passed: 2 });
});

it("refuses a file whose name points outside the working folder", async () => {
  const report = await runtime.runTests({ "../outside.txt": "x", "app.py": "" }, { "test_a.py": "def test_a():\n    pass\n" });
  expect(report.error?.message).toMatch(/unsupported file name '\.\.\/outside\.txt'/);
});
