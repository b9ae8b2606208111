// Account helpers shared by the end-to-end tests: a real sign-up through the
// page, and JSON requests made from inside the page (with its cookies and Origin).
import type { Page } from "playwright-core";
import { baseUrl } from "./browser";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

export async function signUp(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${unique()}@example.test`;
  await page.goto(`${baseUrl()}/sign-up`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("link", { name: "Sign out" }).or(page.getByRole("button", { name: "Sign out" })).waitFor();
  // The header knows the session at once; the form still merges this
  // browser's work into the account before it leaves the page.
  await page.waitForURL((url) => url.pathname !== "/sign-up");
  return email;
}

/** POSTs JSON from inside the page, so the request carries the page's cookies and Origin. */
export async function postFromPage(page: Page, url: string, body: unknown) {
  return page.evaluate(
    async ({ url, body }) => {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { status: response.status, body: await response.json() };
    },
    { url, body },
  );
}
