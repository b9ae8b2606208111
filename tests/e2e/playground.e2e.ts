// The playground as a project, through the real page: a template created in
// templates/ from the New file control, an app.py that renders it and a new
// test file that checks the HTML, run in the browser's Python; the project
// survives a reload; files are deleted (never app.py); a path outside the
// project is refused with its reason; a full storage is said, not hidden.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, saveScreenshot } from "./browser";
import { pasteIntoEditor } from "./editor";
import { openPlayground, playgroundPythonReady, runTestsExpecting } from "./playground-page";

const TEMPLATE = "<h1>Hello, {{ name }}!</h1>\n";

const APP = `from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/hello/{name}", response_class=HTMLResponse)
def hello(request: Request, name: str):
    return templates.TemplateResponse(request, "hello.html", {"name": name})


if __name__ == "__main__":
    from fastapi.testclient import TestClient

    print("page:", TestClient(app).get("/hello/Grace").text)
`;

const TESTS = `from fastapi.testclient import TestClient

from app import app


def test_hello_page():
    """GET /hello/Ada renders templates/hello.html with the name."""
    response = TestClient(app).get("/hello/Ada")
    assert response.status_code == 200
    assert response.text.strip() == "<h1>Hello, Ada!</h1>"
`;

describe("Playground project files", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openPlayground(browser);
  });

  afterAll(async () => browser?.close());

  const fileTabs = () => page.getByRole("tablist", { name: "Files" }).getByRole("tab").allTextContents();
  const pathInput = () => page.getByLabel("Path of the new file");

  async function createFile(path: string) {
    await page.getByRole("button", { name: "New file" }).click();
    await pathInput().fill(path);
    await pathInput().press("Enter");
    await page.getByRole("tab", { name: path, exact: true, selected: true }).waitFor();
  }

  it("refuses a path outside the project, says why beside the input, and Escape cancels", async () => {
    await page.getByRole("button", { name: "New file" }).click();
    await pathInput().fill("../x.py");
    await pathInput().press("Enter");
    const input = pathInput();
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    // The reason is the input's description, so a screen reader says it with the field.
    const describedBy = (await input.getAttribute("aria-describedby"))!.split(" ");
    const reason = await page.locator(`[id="${describedBy[0]}"]`).textContent();
    expect(reason).toMatch(/“\.\.” would lead out of the project/);
    expect(await page.locator(`[id="${describedBy[0]}"]`).getAttribute("aria-live")).toBe("polite");
    expect(await fileTabs()).toEqual(["app.py", "test_app.py"]);
    // Corrected, the reason goes away as it is typed.
    await input.fill("notes.txt");
    await expect.poll(() => page.locator(`[id="${describedBy[0]}"]`).textContent()).toBe("");
    await input.press("Escape");
    await pathInput().waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("New file");
    expect(await fileTabs()).toEqual(["app.py", "test_app.py"]);
  });

  it("creates a template and a test file, renders the template from app.py and passes the test", async () => {
    await createFile("templates/hello.html");
    // The new tab has the focus, and its editor highlights HTML.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("templates/hello.html");
    await pasteIntoEditor(page, "templates/hello.html", TEMPLATE);
    await pasteIntoEditor(page, "app.py", APP);
    await createFile("test_pages.py");
    await pasteIntoEditor(page, "test_pages.py", TESTS);

    // test_app.py tests the example's /greet, which this app no longer has.
    await page.getByRole("tab", { name: "test_app.py", exact: true }).click();
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toBe("Delete test_app.py? Its content will be lost.");
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Delete file test_app.py" }).click();
    await page.getByRole("tab", { name: "test_app.py", exact: true }).waitFor({ state: "detached" });
    expect(await fileTabs()).toEqual(["app.py", "templates/hello.html", "test_pages.py"]);

    const results = await runTestsExpecting(page, "1 passed");
    expect(await results.locator('li[data-outcome="passed"] code').textContent()).toBe("test_hello_page");

    // Run app.py gets the template too.
    await page.getByRole("button", { name: "Run app.py" }).click();
    const output = page.getByLabel("Output of app.py", { exact: true });
    await output.getByText("page:").waitFor({ timeout: 120_000 });
    expect(await output.textContent()).toContain("page: <h1>Hello, Grace!</h1>");
    await saveScreenshot(page, "playground-project-files");
  });

  it("keeps the project in this browser across a reload", async () => {
    // The editor saves shortly after the last change.
    await page.waitForFunction(() => (localStorage.getItem("course:playground:v2") ?? "").includes("test_hello_page"), undefined, { timeout: 10_000 });
    await page.reload();
    await playgroundPythonReady(page);
    expect(await fileTabs()).toEqual(["app.py", "templates/hello.html", "test_pages.py"]);
    await runTestsExpecting(page, "1 passed");
  });

  it("does not delete app.py, and says why", async () => {
    await page.getByRole("tab", { name: "app.py", exact: true }).click();
    let asked = false;
    const onDialog = () => {
      asked = true;
    };
    page.on("dialog", onDialog);
    await page.getByRole("button", { name: "Delete file app.py" }).click();
    await page.getByRole("alert").getByText(/app\.py cannot be deleted: Run starts it/).waitFor();
    page.off("dialog", onDialog);
    expect(asked).toBe(false);
    expect(await fileTabs()).toEqual(["app.py", "templates/hello.html", "test_pages.py"]);
  });

  it("says so when the browser's storage is full, and saves again once there is room", async () => {
    // Fill the site's storage the way other pages' data would.
    await page.evaluate(() => {
      for (let size = 1 << 20, index = 0; size >= 16; ) {
        try {
          localStorage.setItem(`e2e-fill-${index++}`, "x".repeat(size));
        } catch {
          size >>= 1;
        }
      }
    });
    await pasteIntoEditor(page, "templates/hello.html", "<h1>Hi, {{ name }}!</h1>\n<p>Something longer than before, which does not fit.</p>\n");
    await page.getByRole("alert").getByText(/storage for the course is full, so your latest changes are not saved/).waitFor({ timeout: 10_000 });
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("e2e-fill-")) localStorage.removeItem(key);
    });
    await pasteIntoEditor(page, "templates/hello.html", TEMPLATE);
    await page.getByRole("alert").getByText(/is full/).waitFor({ state: "detached", timeout: 10_000 });
  });

  it("puts the example back on request", async () => {
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toMatch(/^Replace all the playground's files with the example/);
      void dialog.accept();
    });
    await page.getByRole("button", { name: "Reset to the example" }).click();
    await page.getByRole("tab", { name: "test_pages.py", exact: true }).waitFor({ state: "detached" });
    expect(await fileTabs()).toEqual(["app.py", "test_app.py"]);
    await runTestsExpecting(page, "2 passed");
  });

  it("fits a phone: the actions and the New file form wrap instead of scrolling sideways", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.getByRole("button", { name: "New file" }).click();
      await pathInput().fill("static/site.css");
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(await pathInput().isVisible()).toBe(true);
      await saveScreenshot(page, "playground-new-file-390");
      await pathInput().press("Escape");
    } finally {
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });
});
