// The playground page as the end-to-end files drive it: opened with a real
// clipboard (pasteIntoEditor pastes), Python waited for, and Run tests read
// back by its summary line.
import type { Browser, Locator, Page } from "playwright-core";
import { baseUrl } from "./browser";

/** Waits until the page's Python says it is ready (a first start may unpack the whole bundle). */
export async function playgroundPythonReady(page: Page): Promise<void> {
  await page.getByRole("status", { name: "Python status" }).getByText(/^Python is ready/).waitFor({ timeout: 180_000 });
}

/** A new page on /playground, in a context allowed to use the clipboard, once Python is ready. */
export async function openPlayground(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/playground`);
  await playgroundPythonReady(page);
  return page;
}

/**
 * Presses Run tests and waits for `summary` in the results (each caller
 * expects a different one, so an earlier report cannot match); when it does
 * not come, says what the page shows instead: another summary, an error, or
 * a run that never ended.
 */
export async function runTestsExpecting(page: Page, summary: string): Promise<Locator> {
  await page.getByRole("button", { name: "Run tests" }).click();
  const results = page.getByRole("region", { name: "Test results" });
  try {
    await results.getByText(summary, { exact: true }).waitFor({ timeout: 120_000 });
  } catch (error) {
    const shown = await page.locator("main").innerText().catch(() => "(page unreadable)");
    throw new Error(`expected "${summary}"; the page shows:\n${shown.slice(0, 4000)}`, { cause: error });
  }
  return results;
}
