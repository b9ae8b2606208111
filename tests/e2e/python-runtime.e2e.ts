// The browser Python container, through the real product page (/playground):
// boots Pyodide in a Web Worker from the app's own origin and runs a FastAPI
// test file, then a failing variant, then the app as a program. A second
// visit starts Python from the snapshot the first one saved.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, saveScreenshot } from "./browser";
import { STARTER_APP } from "../../components/playground/starter-files";
import { pasteIntoEditor } from "./editor";

describe("Python playground", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    // A context of its own, so a second page can share its caches.
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${baseUrl()}/playground`);
    await page.getByRole("status", { name: "Python status" }).getByText("Python is ready").waitFor({ timeout: 120_000 });
  });

  afterAll(async () => browser?.close());

  it("boots from the app's own origin, cross-origin isolated", async () => {
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    const origin = new URL(baseUrl()).origin;
    expect(requests.some((url) => url.startsWith(`${origin}/pyodide/pyodide.asm.wasm`))).toBe(true);
    expect(requests.some((url) => url.startsWith(`${origin}/python/site-packages.zip.gz`))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);
  });

  it("runs the FastAPI tests and shows each result", async () => {
    await page.getByRole("button", { name: "Run tests" }).click();
    const results = page.getByRole("region", { name: "Test results" });
    await results.waitFor({ timeout: 60_000 });
    expect(await results.getByText("2 passed").isVisible()).toBe(true);
    expect(await results.locator('li[data-outcome="passed"]').count()).toBe(2);
    await saveScreenshot(page, "playground-tests-passed");
  });

  it("shows pytest's assertion message when the app is wrong", async () => {
    await pasteIntoEditor(page, "app.py", STARTER_APP.replace('@app.post("/greet", status_code=201)', '@app.post("/greet")'));
    await page.getByRole("button", { name: "Run tests" }).click();
    const results = page.getByRole("region", { name: "Test results" });
    await results.getByText("1 passed, 1 failed").waitFor({ timeout: 60_000 });
    expect(await results.locator('li[data-outcome="failed"] pre').textContent()).toContain("assert 200 == 201");
  });

  it("runs the app as a program and streams its output", async () => {
    await page.getByRole("button", { name: "Run app.py" }).click();
    const output = page.getByLabel("Output of app.py", { exact: true });
    await output.getByText("Hello, Ada!").waitFor({ timeout: 60_000 });
    expect(await output.textContent()).toContain("{'message': 'Hello, Ada!'}");
  });

  it("keeps the code in this browser, and puts the example back on request", async () => {
    await page.reload();
    await page.getByRole("status", { name: "Python status" }).getByText("Python is ready").waitFor({ timeout: 120_000 });
    await page.locator(".monaco-editor .view-lines").first().waitFor();
    // What runs is what was kept: the changed decorator (line 11, which a
    // short editor may not draw until it is scrolled to) still fails a test.
    const results = page.getByRole("region", { name: "Test results" });
    await page.getByRole("button", { name: "Run tests" }).click();
    await results.getByText("1 passed, 1 failed").waitFor({ timeout: 60_000 });
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Reset to the example" }).click();
    await page.getByRole("button", { name: "Run tests" }).click();
    await results.getByText("2 passed").waitFor({ timeout: 60_000 });
  });

  it("starts Python from this browser's saved copy on the next visit, and it still grades", async () => {
    // The first visit stores its snapshot in the background once Python is ready.
    await page.waitForFunction(
      async () => (await (await caches.open("course-python-snapshots")).keys()).length === 1,
      undefined,
      { timeout: 60_000, polling: 250 },
    );
    const second = await page.context().newPage();
    try {
      await second.goto(`${baseUrl()}/playground`);
      await second
        .getByRole("status", { name: "Python status" })
        .getByText("Python is ready (started from this browser's saved copy)")
        .waitFor({ timeout: 60_000 });
      await second.getByRole("button", { name: "Run tests" }).click();
      const results = second.getByRole("region", { name: "Test results" });
      await results.getByText("2 passed").waitFor({ timeout: 60_000 });
      expect(await results.locator('li[data-outcome="passed"]').count()).toBe(2);
    } finally {
      await second.close();
    }
  });
});
