// Putting code into the Monaco editor the way a learner does (a paste), for
// the lesson workspace and the playground alike.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { fileLanguage } from "../../lib/workspace/file-language";

/** Replaces the content of `file`'s editor tab with `text` through a real clipboard paste (the context needs clipboard permissions). */
export async function pasteIntoEditor(page: Page, file: string, text: string): Promise<void> {
  await page.getByRole("tab", { name: file, exact: true }).click();
  // Monaco's input element (an EditContext host or a textarea) has no size of
  // its own: click into the text, as a learner does, and check it took focus.
  // Near the top left of the visible editor: the box of all lines can reach
  // far above it once a long file has been scrolled.
  await page.locator(".monaco-editor .overflow-guard").first().click({ position: { x: 120, y: 12 } });
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
  expect(focused).toMatch(new RegExp(`^${file.replace(".", "\\.")}: ${fileLanguage(file).label} editor`));
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
  // The paste lands asynchronously (the clipboard is read first).
  const lastLine = text.trim().split("\n").at(-1)?.trim() ?? "";
  await page.locator(".monaco-editor .view-lines").filter({ hasText: lastLine.replace(/\s+/g, " ").slice(0, 30) }).first().waitFor();
}
