// SQLite in the browser's Python worker, through the real playground page:
// the same fixtures as lib/python-runtime/node/databases.test.ts (sqlite3,
// SQLAlchemy Core and ORM in memory and in a file; a FastAPI + SQLModel app
// and a Flask + Flask-SQLAlchemy app graded by their tests, its instance folder
// beside the app; errno numbers as on Linux; a Flask app mounted in FastAPI;
// two WebSocket sessions relaying to each other)
// give the same
// results in Chromium as in a Node runner.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot } from "./browser";
import { pasteIntoEditor } from "./editor";
import { openPlayground, runTestsExpecting } from "./playground-page";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/python");
const fixture = (name: string) => readFile(path.join(fixtures, name), "utf8");

describe("SQLite in the browser", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openPlayground(browser);
  });

  afterAll(async () => browser?.close());

  async function runTests(app: string, tests: string, summary: string) {
    await pasteIntoEditor(page, "app.py", app);
    await pasteIntoEditor(page, "test_app.py", tests);
    return runTestsExpecting(page, summary);
  }

  it("runs sqlite3, SQLAlchemy Core and the ORM in memory and in a file", async () => {
    await pasteIntoEditor(page, "app.py", await fixture("sqlite-program/app.py"));
    await page.getByRole("button", { name: "Run app.py" }).click();
    const output = page.getByLabel("Output of app.py", { exact: true });
    await output.getByText("read back:").waitFor({ timeout: 120_000 });
    expect(await output.textContent()).toContain((await fixture("sqlite-program/expected.txt")).trim());
  });

  it("passes a FastAPI + SQLModel app's tests", async () => {
    const results = await runTests(await fixture("fastapi-sqlmodel/app.py"), await fixture("fastapi-sqlmodel/test_app.py"), "8 passed");
    expect(await results.locator('li[data-outcome="passed"]').count()).toBe(8);
    await saveScreenshot(page, "databases-fastapi-sqlmodel");
  });

  it("passes a Flask + Flask-SQLAlchemy app's tests", async () => {
    const results = await runTests(await fixture("flask-sqlalchemy/app.py"), await fixture("flask-sqlalchemy/test_app.py"), "4 passed");
    expect(await results.locator('li[data-outcome="passed"]').count()).toBe(4);
  });

  it("reports a missing database file with Linux's errno number, as on the learner's machine", async () => {
    await pasteIntoEditor(page, "app.py", "open('instance/missing.db')\n");
    await page.getByRole("button", { name: "Run app.py" }).click();
    const output = page.getByLabel("Output of app.py", { exact: true });
    await output.getByText(/FileNotFoundError/).waitFor({ timeout: 120_000 });
    expect(await output.textContent()).toContain("FileNotFoundError: [Errno 2] No such file or directory: 'instance/missing.db'");
  });

  it("passes a FastAPI app that mounts a Flask app with WSGIMiddleware", async () => {
    const results = await runTests(await fixture("fastapi-mounts-flask/app.py"), await fixture("fastapi-mounts-flask/test_app.py"), "3 passed");
    expect(await results.locator('li[data-outcome="passed"]').count()).toBe(3);
  });

  it("relays between two WebSocket connections of one TestClient", async () => {
    const results = await runTests(await fixture("fastapi-websocket-relay/app.py"), await fixture("fastapi-websocket-relay/test_app.py"), "2 passed");
    expect(await results.locator('li[data-outcome="passed"]').count()).toBe(2);
  });

  it("fails the SQLModel tests when PATCH overwrites the fields that were not sent", async () => {
    const app = (await fixture("fastapi-sqlmodel/app.py")).replace("hero.model_dump(exclude_unset=True)", "hero.model_dump()");
    const results = await runTests(app, await fixture("fastapi-sqlmodel/test_app.py"), "6 passed, 2 failed");
    expect(await results.locator('li[data-outcome="failed"] pre').first().textContent()).toContain("NOT NULL constraint failed: hero.name");
  });
});
