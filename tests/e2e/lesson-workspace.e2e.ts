// The lesson workspace in Chromium against the production build: real
// Monaco, real Pyodide in a Web Worker, real route handlers. Code goes into
// the editor the way a learner puts it there (a paste), and results are read
// from what the page shows.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, saveScreenshot } from "./browser";
import { pasteIntoEditor } from "./editor";

const BOOT_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 60_000;

const solution = (slug: string, file: string) => readFileSync(path.resolve("exercises", slug, "solution", file), "utf8");

type LessonPage = Page & { errors: string[]; foreignRequests: string[] };

async function openLesson(context: BrowserContext, lesson: string): Promise<LessonPage> {
  const page = (await context.newPage()) as LessonPage;
  page.errors = [];
  page.foreignRequests = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  // Everything (Monaco, its worker, Pyodide, ruff, Swagger UI) must come from the app itself.
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== new URL(baseUrl()).origin) page.foreignRequests.push(request.url());
  });
  await page.goto(`${baseUrl()}/lessons/${lesson}`);
  return page;
}

async function waitForPython(page: Page): Promise<void> {
  await page.getByText("Python ready").waitFor({ timeout: BOOT_TIMEOUT_MS });
}

/** The learner's files as autosaved in localStorage (what a reload restores). */
async function savedDraft(page: Page, exercise: string): Promise<Record<string, string> | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), `course:draft:v1:${exercise}`);
  return raw ? (JSON.parse(raw) as { files: Record<string, string> }).files : null;
}

async function waitForHeadline(page: Page, text: RegExp): Promise<void> {
  await page.getByTestId("feedback-headline").filter({ hasText: text }).waitFor({ timeout: RUN_TIMEOUT_MS });
}

async function headline(page: Page): Promise<string> {
  return (await page.getByTestId("feedback-headline").textContent())?.trim() ?? "";
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
  return context;
}

describe("lesson workspace", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it("boots Python while the learner reads, runs the visible tests and records a passing submission", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "flask-routing");
    expect(await page.getByRole("region", { name: "Objectives" }).isVisible()).toBe(true);

    // First visit: a progress bar with a numeric value, then "Python ready".
    const progressbar = page.getByRole("progressbar");
    await progressbar.waitFor({ timeout: 30_000 });
    expect(Number(await progressbar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0);
    await saveScreenshot(page, "workspace-booting");
    // The instructions' own "# Title" sits below the exercise's <h2>: one <h1> per page.
    await page.getByRole("heading", { name: "Hello, routes", level: 3 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    await waitForPython(page);

    // The starter fails the visible tests.
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByTestId("feedback-headline").waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await headline(page)).toMatch(/1 of 2 checks fails/);

    // A known wrong answer: the failing check says what that mistake gets wrong.
    const wrong = readFileSync(path.resolve("exercises/flask-hello-routes/wrong/created-with-200/app.py"), "utf8");
    await pasteIntoEditor(page, "app.py", wrong);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await waitForHeadline(page, /check.* fail/);
    const explained = (await page.getByRole("tabpanel").last().textContent()) ?? "";
    expect(explained).toMatch(/A common mistake fails this check the same way/);
    expect(explained).toMatch(/Creates the greeting but answers Flask's default 200 OK/);

    const code = solution("flask-hello-routes", "app.py");
    await pasteIntoEditor(page, "app.py", code);
    await page.keyboard.press("ControlOrMeta+S");
    await expect.poll(async () => (await savedDraft(page, "flask-hello-routes"))?.["app.py"], { timeout: 5_000 }).toBe(code);
    await page.getByText(/Saved in this browser at/).waitFor();

    // Ctrl+Enter in the editor runs the visible tests.
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitForHeadline(page, /^All 2 checks pass\.$/);
    const checks = page.getByRole("list", { name: "Checks" }).getByRole("listitem");
    expect(await checks.count()).toBe(2);
    expect(await checks.first().textContent()).toMatch(/^✓Passed: GET \/hello answers/);
    await page.getByTestId("feedback-headline").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "workspace-run-passed");

    // Submit: hidden tests run in the browser; each check shows its description, not its source.
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("region", { name: "Exercise complete" }).waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await headline(page)).toMatch(/^All \d+ checks pass\.$/);
    const results = (await page.getByRole("tabpanel").last().textContent()) ?? "";
    expect(results).toMatch(/Submission checks/);
    expect(results).toMatch(/An unknown URL answers 404 with the JSON body/);
    expect(results).not.toMatch(/def test_|import pytest|app\.test_client/);
    // The console shows what the learner's code printed, never pytest's report (which would quote the hidden tests).
    await page.getByRole("tab", { name: /Console/ }).click();
    const consoleText = (await page.getByRole("tabpanel", { name: /Console/ }).textContent()) ?? "";
    expect(consoleText).not.toMatch(/test_hidden|def test_|passed in/);
    await page.getByRole("tab", { name: /Results/ }).click();
    // Not signed in: progress stays in the browser, and the page says so once.
    await page.getByRole("region", { name: "Exercise complete" }).getByText(/saved in this browser\. Sign in/).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/saved to your account/i).count()).toBe(0);
    // The lesson has a second exercise, so the next step is that exercise.
    await page.getByRole("button", { name: "Next exercise" }).waitFor();

    const progress = await page.evaluate(() => JSON.parse(localStorage.getItem("course:progress:v1") ?? "{}"));
    expect(progress.exercises["flask-hello-routes"].completedAt).toEqual(expect.any(String));
    await page.getByText("All lessons").click();
    const sidebarEntry = page.getByRole("navigation", { name: "Course" }).getByRole("link", { name: /Routes, status codes/ });
    expect(await sidebarEntry.textContent()).toMatch(/1 of \d+ exercises done/);
    await page.getByTestId("feedback-headline").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "workspace-submitted");
    // After a pass the solution is offered (with the instructions), fetched only on request.
    await page.getByRole("tab", { name: "Instructions" }).click();
    await page.getByRole("button", { name: "Show the solution" }).click();
    await page.getByRole("figure").filter({ hasText: "errorhandler(404)" }).waitFor();

    // A reload restores the code and shows the exercise as completed.
    await page.reload();
    await page.getByText("Restored your saved code").waitFor();
    await page.getByRole("heading", { name: /Exercise: Hello, routes\s*Completed/ }).waitFor();
    expect(page.errors).toEqual([]);
    expect(page.foreignRequests).toEqual([]);
    await context.close();
  });

  it("stops an endless loop with a clear message and runs again afterwards", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "flask-routing");
    await waitForPython(page);

    await pasteIntoEditor(page, "app.py", "from flask import Flask\n\napp = Flask(__name__)\n\nwhile True:\n    pass\n");
    const run = page.getByRole("button", { name: "Run", exact: true });
    const stop = page.getByRole("button", { name: "Stop", exact: true });
    await run.click();
    await page.getByText("Running the visible tests…").first().waitFor();
    expect(await run.isDisabled()).toBe(true);
    // The page stays responsive while Python spins: the hints still open.
    await page.getByRole("tab", { name: "Instructions" }).click();
    await page.getByRole("button", { name: /Show a hint/ }).click();
    expect(await page.getByRole("region", { name: "Hints" }).getByRole("listitem").count()).toBe(1);
    await stop.click();
    await page.getByRole("tab", { name: /Results/ }).click();
    await waitForHeadline(page, /^The run was stopped\.$/);
    expect(await stop.isDisabled()).toBe(true);
    await page.getByTestId("feedback-headline").scrollIntoViewIfNeeded();
    await saveScreenshot(page, "workspace-stopped");

    await pasteIntoEditor(page, "app.py", solution("flask-hello-routes", "app.py"));
    await run.click();
    await waitForHeadline(page, /^All 2 checks pass\.$/);
    await context.close();
  });

  it("reports a syntax error in words a learner can act on", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "flask-routing");
    await waitForPython(page);
    await pasteIntoEditor(page, "app.py", "from flask import Flask\n\napp = Flask(__name__)\n\n@app.get('/hello')\ndef hello()\n    return {}\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByTestId("feedback-headline").waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await headline(page)).toMatch(/Python could not read your code in app\.py/);
    await context.close();
  });

  it("records a signed-in learner's passing submission in their account", async () => {
    const context = await newContext(browser);
    const setup = await context.newPage();
    await setup.goto(`${baseUrl()}/sign-up`);
    await setup.getByLabel("Name").fill("Workspace Tester");
    await setup.getByLabel("Email").fill(`workspace-${Date.now()}@example.test`);
    await setup.getByLabel("Password").fill("a long enough password");
    await setup.getByRole("button", { name: "Create account" }).click();
    await setup.getByRole("button", { name: "Sign out" }).or(setup.getByRole("link", { name: "Sign out" })).waitFor();
    await setup.close();

    const page = await openLesson(context, "flask-routing");
    await waitForPython(page);
    await pasteIntoEditor(page, "app.py", solution("flask-hello-routes", "app.py"));
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("region", { name: "Exercise complete" }).waitFor({ timeout: RUN_TIMEOUT_MS });
    // The server grades the same files again before it records anything.
    await page.getByText("Saved to your account.").waitFor({ timeout: RUN_TIMEOUT_MS });
    await context.close();
  });

  it("counts failed submissions, stays calm when the server is busy, and offers the solution after three", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "flask-routing");
    // The grading server is full: it answers 503 with Retry-After, as the lead's route does under load.
    await page.route("**/api/exercises/*/submissions", (route) =>
      route.fulfill({ status: 503, headers: { "retry-after": "20", "content-type": "application/json" }, body: '{"error":"busy"}' }),
    );
    await waitForPython(page);
    await page.getByText(/The solution unlocks when you pass, or after 3 more submissions/).waitFor();
    const submit = page.getByRole("button", { name: "Submit", exact: true });
    for (const left of [2, 1, 0]) {
      await submit.click();
      await waitForHeadline(page, /checks fail\.$/);
      await page.getByText(/The server is busy, so your account was not updated\..*in about 20 seconds/).waitFor();
      if (left > 0) await page.getByText(new RegExp(`after ${left} more submissions?\\.`)).waitFor({ state: "attached" });
    }
    await page.getByRole("tab", { name: "Instructions" }).click();
    await page.getByRole("button", { name: "Show the solution" }).waitFor();
    const progress = await page.evaluate(() => JSON.parse(localStorage.getItem("course:progress:v1") ?? "{}"));
    expect(progress.exercises["flask-hello-routes"]).toEqual({ completedAt: null, failedSubmissions: 3 });
    await context.close();
  });

  it("lints and formats with ruff, shows printed output and resets to the starter", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "flask-routing");
    await waitForPython(page);
    await pasteIntoEditor(
      page,
      "app.py",
      'import os\nfrom flask import Flask\napp=Flask(__name__)\n@app.get("/hello")\ndef hello():\n    print("hello from the view")\n    return {"message": "Hi"}\n',
    );
    // F401 (unused import) becomes a warning squiggle.
    await page.locator(".monaco-editor .squiggly-warning").first().waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Format", exact: true }).click();
    await page.locator(".monaco-editor .view-lines").filter({ hasText: "app = Flask(__name__)" }).waitFor();

    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByTestId("feedback-headline").waitFor({ timeout: RUN_TIMEOUT_MS });
    // What the view printed is the check's own output, and in the console.
    expect(await page.getByRole("list", { name: "Checks" }).getByText("hello from the view").count()).toBeGreaterThan(0);
    await page.getByRole("tab", { name: /Console/ }).click();
    await page.getByLabel("Program output").filter({ hasText: "hello from the view" }).waitFor();

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset to starter" }).click();
    await page.locator(".monaco-editor .view-lines").filter({ hasText: "TODO: GET /hello/<name>" }).waitFor();
    await page.getByText("Starter code", { exact: true }).waitFor();
    expect(await savedDraft(page, "flask-hello-routes")).toBeNull();
    await context.close();
  });

  it("edits templates as well as Python: highlighted as HTML, neither linted nor formatted by ruff", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "server-rendered-pages");
    await waitForPython(page);
    for (const file of ["app.py", "templates/base.html", "templates/index.html"]) {
      await pasteIntoEditor(page, file, solution("flask-guestbook", file));
    }
    // The template tab is an HTML editor: Monaco's HTML tokens, no ruff squiggles, no Format.
    expect(await page.getByRole("button", { name: "Format", exact: true }).isDisabled()).toBe(true);
    expect(await page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-error").count()).toBe(0);
    expect(await page.locator("[data-mode-id]").first().getAttribute("data-mode-id")).toBe("html");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await waitForHeadline(page, /^All 2 checks pass\.$/);
    await page.getByRole("tab", { name: "app.py", exact: true }).click();
    expect(await page.getByRole("button", { name: "Format", exact: true }).isDisabled()).toBe(false);
    await context.close();
  });

  it("sends requests to a FastAPI app from the API explorer and from its Swagger docs", async () => {
    const context = await newContext(browser);
    const page = await openLesson(context, "request-bodies-pydantic");
    await waitForPython(page);
    await page.getByRole("tab", { name: "API explorer" }).click();

    // The starter has no constraints yet, but a body without "price" is still a 422.
    await page.getByLabel("Method").selectOption("POST");
    await page.getByLabel("Path").fill("/items");
    await page.getByLabel("JSON body").fill('{"name": "Lamp"}');
    await page.getByRole("button", { name: "Send request" }).click();
    const status = page.getByTestId("response-status");
    await status.waitFor({ timeout: RUN_TIMEOUT_MS });
    expect(await status.textContent()).toBe("422 Unprocessable Content");
    // Pydantic 2 says "missing"; the Pydantic 1 fallback bundle says "value_error.missing".
    expect(await page.getByLabel("Response body").textContent()).toMatch(/"type": "(value_error\.)?missing"/);
    await saveScreenshot(page, "workspace-api-explorer");

    // A GET with a body is refused before it reaches the app; without one, the starter has no GET route yet.
    await page.getByLabel("Method").selectOption("GET");
    await page.getByLabel("Path").fill("/items/1");
    await page.getByRole("button", { name: "Send request" }).click();
    await page.getByText(/A GET request has no body/).waitFor();
    await page.getByLabel("JSON body").fill("");
    await page.getByRole("button", { name: "Send request" }).click();
    await status.filter({ hasText: "404 Not Found" }).waitFor({ timeout: RUN_TIMEOUT_MS });

    // Swagger UI's "Try it out" goes through the sandbox, not the network.
    const networkCalls: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/items") networkCalls.push(request.url());
    });
    await page.getByRole("button", { name: "Show the interactive docs" }).click();
    const operation = page.locator(".swagger-ui .opblock-post").filter({ hasText: "/items" });
    await operation.waitFor({ timeout: RUN_TIMEOUT_MS });
    await operation.locator(".opblock-summary").click();
    await operation.getByRole("button", { name: "Try it out" }).click();
    await operation.locator("textarea.body-param__text").fill('{"name": "Lamp"}');
    await operation.getByRole("button", { name: "Execute" }).click();
    const swaggerStatus = operation.locator(".live-responses-table tr.response .response-col_status").first();
    await swaggerStatus.waitFor({ timeout: RUN_TIMEOUT_MS });
    expect((await swaggerStatus.textContent())?.trim()).toMatch(/^422/);
    expect(networkCalls).toEqual([]);
    expect(page.foreignRequests).toEqual([]);
    await swaggerStatus.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "workspace-swagger");
    await context.close();
  });

  it("answers 404 for the hidden tests of an unknown exercise and never caches them", async () => {
    const unknown = await fetch(`${baseUrl()}/api/exercises/no-such-exercise/hidden-tests`, { method: "POST" });
    expect(unknown.status).toBe(404);
    const known = await fetch(`${baseUrl()}/api/exercises/fastapi-items-validation/hidden-tests`, { method: "POST" });
    expect(known.status).toBe(200);
    expect(known.headers.get("cache-control")).toBe("no-store");
  });

  it("shows lesson and exercise one at a time on a phone, and offers Continue on the home page", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/lessons/choosing-flask-or-fastapi`);
    const show = page.getByRole("group", { name: "Show" });
    await show.getByRole("button", { name: "Exercise" }).waitFor();
    expect(await page.locator("article.lesson").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Run", exact: true }).isVisible()).toBe(false);
    await show.getByRole("button", { name: "Exercise" }).click();
    await page.getByRole("button", { name: "Run", exact: true }).waitFor();
    expect(await page.locator("article.lesson").isVisible()).toBe(false);
    // The exercise starts at the top of the screen, not thousands of pixels down.
    const run = await page.getByRole("button", { name: "Run", exact: true }).boundingBox();
    expect(run && run.y + run.height <= 844).toBe(true);
    // Keyboard shortcuts mean nothing on a touch screen.
    expect(await page.getByText("Ctrl+Enter runs").isVisible()).toBe(false);
    await saveScreenshot(page, "workspace-narrow");

    await page.goto(baseUrl());
    await page.getByRole("link", { name: /Continue where you left off: Flask or FastAPI\?/ }).waitFor();
    expect(await page.getByRole("list", { name: "Course outline" }).isVisible()).toBe(true);

    // Dark theme from the toggle, remembered across pages.
    await page.getByRole("button", { name: /^Theme: System/ }).click();
    await page.getByRole("button", { name: /^Theme: Light/ }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.goto(`${baseUrl()}/lessons/choosing-flask-or-fastapi#exercise`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("button", { name: "Run", exact: true }).waitFor();
    await saveScreenshot(page, "workspace-dark");
    await context.close();
  });
});
