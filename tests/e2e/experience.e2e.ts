// What a learner and an instructor meet, checked in Chromium at a laptop's
// and a phone's size: results in view after Run and Submit, lessons without
// raw Markdown, no serious accessibility problem (axe-core, run inside each
// page), a playground that stays bounded under a print loop, and a
// screenshot of every page in both themes (test-results/screenshots/).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lessonOutline } from "../../lib/content/lessons";
import { signUp } from "./accounts";
import { baseUrl, launchBrowser, saveScreenshot } from "./browser";
import { pasteIntoEditor } from "./editor";

const BOOT_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 60_000;
const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const THEMES = ["light", "dark"] as const;
type Theme = (typeof THEMES)[number];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const solution = (slug: string, file: string) => readFileSync(path.resolve("exercises", slug, "solution", file), "utf8");

async function newContext(browser: Browser, viewport: { width: number; height: number }, theme: Theme = "light"): Promise<BrowserContext> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ viewport, colorScheme: theme, isMobile: phone, hasTouch: phone });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
  return context;
}

/** The element's box lies inside the window. */
async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} has a box`).not.toBeNull();
  expect(box!.y, `${what} top (viewport ${viewport.width}x${viewport.height})`).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} bottom (viewport ${viewport.width}x${viewport.height})`).toBeLessThanOrEqual(viewport.height);
}

/** Serious and critical axe-core violations on the page as it is now, in words. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(", ")}`);
}

describe("the learner's and the instructor's experience", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  for (const [size, viewport] of [["laptop", LAPTOP], ["phone", PHONE]] as const) {
    it(`keeps the result headline in view after Run and after Submit (${size}, ${viewport.width}x${viewport.height})`, async () => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/lessons/flask-routing#exercise`);
      await page.getByText("Python ready").waitFor({ timeout: BOOT_TIMEOUT_MS });
      // On a laptop editor and results share the window from the start.
      if (size === "laptop") await expectInViewport(page, page.getByRole("tablist", { name: "Exercise panels" }), "the panel tabs before any run");

      await page.getByRole("button", { name: "Run", exact: true }).click();
      const headline = page.getByTestId("feedback-headline");
      await headline.waitFor({ timeout: RUN_TIMEOUT_MS });
      expect(await headline.textContent()).toMatch(/checks? fails?\./);
      await expectInViewport(page, headline, "the headline after Run");
      // Focus went to the verdict: a screen reader reads it, Tab continues from there.
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("feedback-headline");
      await saveScreenshot(page, `run-${size}`);

      await pasteIntoEditor(page, "app.py", solution("flask-hello-routes", "app.py"));
      await page.getByRole("button", { name: "Submit", exact: true }).click();
      const complete = page.getByRole("region", { name: "Exercise complete" });
      await complete.waitFor({ timeout: RUN_TIMEOUT_MS });
      await expectInViewport(page, headline, "the headline after Submit");
      await expectInViewport(page, complete.getByText("Exercise complete."), "the completion notice after Submit");
      await saveScreenshot(page, `submit-${size}`);
      await context.close();
    });
  }

  it("lets the keyboard reach Run in a few steps, in an order that follows the layout", async () => {
    const context = await newContext(browser, LAPTOP);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/lessons/request-bodies-pydantic`);
    await page.getByRole("button", { name: "Run", exact: true }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const box = element?.getBoundingClientRect();
        return {
          text: (element?.getAttribute("aria-label") || element?.textContent || "").trim().slice(0, 40),
          tag: element?.tagName ?? "",
          inLesson: Boolean(element?.closest("article.lesson")),
          y: (box?.top ?? 0) + window.scrollY,
        };
      });

    await page.keyboard.press("Tab");
    expect((await focused()).text).toBe("Skip to main content");
    // Down the lesson, every Tab stop is at or below the one before: nothing drawn lower comes first.
    const stops = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused());
    }
    const lessonStops = stops.filter((stop) => stop.inLesson);
    expect(lessonStops.length).toBeGreaterThan(3);
    lessonStops.forEach((stop, index) => {
      if (index > 0) expect(stop.y, `${stop.tag} "${stop.text}" after "${lessonStops[index - 1].text}"`).toBeGreaterThanOrEqual(lessonStops[index - 1].y - 2);
    });
    expect(lessonStops[0].text).toMatch(/^All lessons/);

    // From the top of the page: the skip link to the exercise, then Run.
    await page.goto(`${baseUrl()}/lessons/request-bodies-pydantic`);
    await page.getByRole("button", { name: "Run", exact: true }).waitFor();
    let presses = 0;
    while ((await focused()).text !== "Skip to the exercise" && presses < 10) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    expect((await focused()).text).toBe("Skip to the exercise");
    await page.keyboard.press("Enter");
    while ((await focused()).text !== "Run" && presses < 14) {
      await page.keyboard.press("Tab");
      presses += 1;
    }
    expect((await focused()).text).toBe("Run");
    expect(presses).toBeLessThanOrEqual(12);
    await context.close();
  });

  it("renders every lesson's tables as tables: no raw `| --- |` line on any lesson page", async () => {
    const context = await newContext(browser, LAPTOP);
    const page = await context.newPage();
    for (const lesson of lessonOutline()) {
      await page.goto(`${baseUrl()}/lessons/${lesson.slug}`);
      const text = await page.locator("article.lesson").innerText();
      expect(text, lesson.slug).not.toMatch(/\|\s*:?-{3,}:?\s*\|/);
      const source = readFileSync(path.resolve("lessons", path.basename(lesson.file)), "utf8");
      if (/^\|.*\|\s*$/m.test(source)) expect(await page.locator("article.lesson table").count(), lesson.slug).toBeGreaterThan(0);
      // Code is highlighted on the server, in the editor's theme family.
      if (source.includes("```python")) expect(await page.locator("article.lesson pre.shiki.light-plus").count(), lesson.slug).toBeGreaterThan(0);
    }
    await context.close();
  });

  it("keeps the playground's page height bounded under a print loop, on a laptop and a phone", async () => {
    for (const viewport of [LAPTOP, PHONE]) {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/playground`);
      await page.getByRole("status", { name: "Python status" }).getByText("Python is ready").waitFor({ timeout: BOOT_TIMEOUT_MS });
      const before = await page.evaluate(() => document.documentElement.scrollHeight);
      await pasteIntoEditor(page, "app.py", "i = 0\nwhile True:\n    print('spam', i)\n    i += 1\n");
      await page.getByRole("button", { name: "Run app.py" }).click();
      await page.getByText(/The code printed more than 256 KB, so it was stopped/).waitFor({ timeout: RUN_TIMEOUT_MS });
      await page.getByText(/The output was cut at the sandbox's limit/).waitFor();
      const after = await page.evaluate(() => document.documentElement.scrollHeight);
      // 256 KB of lines would be thousands of screens; the output scrolls in its own box.
      expect(after, `page height at ${viewport.width}x${viewport.height}`).toBeLessThan(Math.max(before, viewport.height) + viewport.height);
      await saveScreenshot(page, `playground-print-loop-${viewport.width}`);
      await context.close();
    }
  });

  describe("every page, in both themes", () => {
    let instructorState: Awaited<ReturnType<BrowserContext["storageState"]>>;
    let classroomPath = "";
    let learnerPath = "";

    beforeAll(async () => {
      // An instructor with a classroom, and a learner in it who passed an exercise.
      const teacher = await newContext(browser, LAPTOP);
      const teacherPage = await teacher.newPage();
      await signUp(teacherPage, "Ada");
      await teacherPage.goto(`${baseUrl()}/classrooms`);
      await teacherPage.getByText("Create a classroom").click();
      await teacherPage.getByLabel("Name").fill("Evening class");
      await teacherPage.getByRole("button", { name: "Create classroom" }).click();
      const code = /Join code: (\S+)/.exec((await teacherPage.getByRole("status").textContent()) ?? "")?.[1];
      expect(code).toBeTruthy();

      const learner = await newContext(browser, LAPTOP);
      const learnerPage = await learner.newPage();
      await signUp(learnerPage, "Grace");
      await learnerPage.goto(`${baseUrl()}/join/${code}`);
      await learnerPage.getByRole("heading", { name: "You joined Evening class" }).waitFor();
      const submitted = await learnerPage.evaluate(async (files) => {
        const response = await fetch("/api/exercises/flask-hello-routes/submissions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ files }) });
        return response.status;
      }, { "app.py": solution("flask-hello-routes", "app.py") });
      expect(submitted).toBe(200);
      await learner.close();

      await teacherPage.getByRole("link", { name: "Evening class" }).first().click();
      await teacherPage.waitForURL(/\/classrooms\/[^/]+$/);
      classroomPath = new URL(teacherPage.url()).pathname;
      await teacherPage.getByRole("link", { name: "Grace" }).click();
      await teacherPage.waitForURL(/\/learners\//);
      learnerPath = `${new URL(teacherPage.url()).pathname}/flask-hello-routes`;
      instructorState = await teacher.storageState();
      await teacher.close();
    });

    const pages: { name: string; path: () => string; signedIn: boolean; ready?: (page: Page) => Promise<void> }[] = [
      { name: "home", path: () => "/", signedIn: false },
      {
        name: "lesson",
        path: () => "/lessons/request-bodies-pydantic",
        signedIn: false,
        ready: async (page) => {
          await page.getByText("Python ready").waitFor({ timeout: BOOT_TIMEOUT_MS });
          await page.locator(".monaco-editor .view-lines").first().waitFor();
        },
      },
      {
        name: "playground",
        path: () => "/playground",
        signedIn: false,
        ready: async (page) => {
          await page.getByRole("status", { name: "Python status" }).getByText("Python is ready").waitFor({ timeout: BOOT_TIMEOUT_MS });
          await page.locator(".monaco-editor .view-lines").first().waitFor();
        },
      },
      { name: "progress", path: () => "/progress", signedIn: true },
      { name: "classrooms", path: () => "/classrooms", signedIn: true },
      { name: "classroom-dashboard", path: () => classroomPath, signedIn: true },
      { name: "classroom-learner-exercise", path: () => learnerPath, signedIn: true },
    ];

    for (const theme of THEMES) {
      for (const target of pages) {
        it(`${target.name} (${theme}): no serious or critical axe-core violation, and a screenshot`, async () => {
          const context = await browser.newContext({ viewport: LAPTOP, colorScheme: theme, ...(target.signedIn ? { storageState: instructorState } : {}) });
          const page = await context.newPage();
          const missing: string[] = [];
          page.on("response", (response) => {
            if (response.status() === 404) missing.push(response.url());
          });
          const response = await page.goto(`${baseUrl()}${target.path()}`);
          expect(response?.status()).toBe(200);
          await target.ready?.(page);
          // The account menu and progress read the session and storage after load.
          await page.waitForLoadState("networkidle");
          expect(await axeProblems(page)).toEqual([]);
          // No favicon or other asset is missing.
          expect(missing).toEqual([]);
          await saveScreenshot(page, `page-${target.name}-${theme}`);
          await context.close();
        });
      }
    }
  });
});
