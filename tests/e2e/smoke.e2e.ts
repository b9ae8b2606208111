import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, saveScreenshot } from "./browser";

describe("course shell", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it("shows the outline on the home page and opens a lesson from it", async () => {
    const page = await browser.newPage();
    const response = await page.goto(baseUrl());
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/Flask to FastAPI/);
    const outline = page.getByRole("list", { name: "Course outline" });
    const firstLesson = outline.getByRole("link").first();
    const title = (await firstLesson.textContent())?.trim();
    expect(title).toBeTruthy();
    await saveScreenshot(page, "home");

    await firstLesson.click();
    await page.waitForURL(/\/lessons\//);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await page.getByRole("region", { name: "Objectives" }).isVisible()).toBe(true);
    const file = await saveScreenshot(page, "lesson");
    expect(existsSync(file)).toBe(true);
    await page.close();
  });

  it("serves the page cross-origin isolated, which the Python worker needs", async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl());
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
    await page.close();
  });

  it("answers an unknown lesson with the not-found page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl()}/lessons/no-such-lesson`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
    await page.close();
  });

  it("reports a healthy database", async () => {
    const response = await fetch(`${baseUrl()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, database: "sqlite" });
  });
});
