// SQLite inside the sandbox: the standard library's sqlite3 (linked into
// Pyodide 314), SQLAlchemy 2 Core and ORM in memory and in a file of the
// run's working folder, and whole apps on SQLModel and Flask-SQLAlchemy
// graded by their tests. The same fixtures run in Chromium
// (tests/e2e/databases.e2e.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeRuntime, type WorkerRuntime } from "./index";
import { readPythonFolder } from "./python-folder";

const fixtures = path.resolve(__dirname, "../../../tests/fixtures/python");
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = createNodeRuntime({ timeoutMs: 60_000 });
  await runtime.boot();
}, 180_000);

afterAll(() => runtime.dispose());

describe("SQLite and SQLAlchemy", () => {
  it("runs sqlite3, SQLAlchemy Core and the ORM in memory and in a file of the working folder", async () => {
    const { files } = await readPythonFolder(path.join(fixtures, "sqlite-program"));
    const expected = await readFile(path.join(fixtures, "sqlite-program/expected.txt"), "utf8");
    const result = await runtime.runProgram(files, "app.py");
    expect(result.error).toBeNull();
    expect(result.stdout).toBe(expected);
  });

  it("gives the next run an empty working folder: a database file does not survive its run", async () => {
    const write = "import sqlite3\nsqlite3.connect('notes.db').execute('CREATE TABLE n (x)')\nprint('written')\n";
    const look = "import os\nprint(sorted(os.listdir('.')))\n";
    expect((await runtime.runProgram({ "main.py": write }, "main.py")).stdout).toBe("written\n");
    expect((await runtime.runProgram({ "main.py": look }, "main.py")).stdout).toBe("['main.py']\n");
  });

  it("reports SQLite's own errors as learner exceptions", async () => {
    const code = "import sqlite3\nsqlite3.connect(':memory:').execute('SELECT * FROM missing')\n";
    const result = await runtime.runProgram({ "main.py": code }, "main.py");
    expect(result.error).toMatchObject({ kind: "exception", type: "OperationalError", file: "main.py", line: 2 });
    expect(result.error?.message).toBe("OperationalError: no such table: missing");
  });
});

describe("runs that import SQLAlchemy, one after another", () => {
  // Each run imports SQLAlchemy and SQLModel afresh; caches in modules that
  // outlive runs (typing's, FastAPI's and Pydantic's lru_caches) must not keep
  // the previous runs' copies alive, or a shared runtime's heap grows per run.
  const program = [
    "from typing import Annotated",
    "from fastapi import Depends, FastAPI",
    "from fastapi.testclient import TestClient",
    "from sqlmodel import Field, Session, SQLModel, create_engine",
    "class Note(SQLModel, table=True):",
    "    id: int | None = Field(default=None, primary_key=True)",
    "    text: str",
    "engine = create_engine('sqlite://')",
    "SQLModel.metadata.create_all(engine)",
    "def get_session():",
    "    with Session(engine) as session:",
    "        yield session",
    "app = FastAPI()",
    "@app.post('/notes')",
    "def create(note: Note, session: Annotated[Session, Depends(get_session)]) -> Note:",
    "    session.add(note)",
    "    session.commit()",
    "    session.refresh(note)",
    "    return note",
    "print(TestClient(app).post('/notes', json={'text': 'x'}).json())",
  ].join("\n");

  it("do not keep each run's copy alive: the heap stays under a limit that 15 such runs would pass otherwise", async () => {
    const small = createNodeRuntime({ timeoutMs: 60_000, memoryLimitBytes: 160 * 2 ** 20 });
    try {
      await small.boot();
      for (let run = 0; run < 15; run++) {
        const result = await small.runProgram({ "main.py": program }, "main.py");
        expect(result.error, `run ${run + 1}`).toBeNull();
        expect(result.stdout).toContain("'id': 1");
      }
    } finally {
      await small.dispose();
    }
  }, 300_000);
});

describe("apps on a database, graded by their tests", () => {
  it("passes a FastAPI + SQLModel app's tests (in memory and on a file, a database per test)", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "fastapi-sqlmodel"));
    const report = await runtime.runTests(files, tests);
    expect(report.error).toBeNull();
    expect(report.summary).toEqual({ total: 8, passed: 8, failed: 0, errors: 0, skipped: 0 });
  });

  it("fails the same tests visibly when PATCH overwrites the fields that were not sent", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "fastapi-sqlmodel"));
    const buggy = { ...files, "app.py": files["app.py"].replace("hero.model_dump(exclude_unset=True)", "hero.model_dump()") };
    expect(buggy["app.py"]).not.toBe(files["app.py"]);
    const report = await runtime.runTests(buggy, tests);
    const failed = report.tests.filter((t) => t.outcome === "failed").map((t) => t.name);
    expect(failed).toEqual(["test_update_delete_and_404[memory]", "test_update_delete_and_404[file]"]);
    expect(report.tests.find((t) => t.outcome === "failed")?.message).toMatch(/^IntegrityError: .*NOT NULL constraint failed: hero.name/);
    // Only the learner's own frame is shown (pytest's report no longer goes to stdout), though the error rose through SQLAlchemy.
    expect(report.tests.find((t) => t.outcome === "failed")?.traceback).toEqual(['File "app.py", line 87, in update_hero: session.commit()']);
  });

  it("passes a Flask + Flask-SQLAlchemy app's tests, including a file in the instance folder", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "flask-sqlalchemy"));
    const report = await runtime.runTests(files, tests);
    expect(report.error).toBeNull();
    expect(report.summary).toEqual({ total: 4, passed: 4, failed: 0, errors: 0, skipped: 0 });
  });
});
