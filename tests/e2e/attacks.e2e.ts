// Learner code that attacks the production server through its real grading
// endpoint, and the browser's Python worker through the playground. Each
// attack must end with a clear verdict, leave no trace, leak none of the
// server's secrets, and the next correct submission must be graded right.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postFromPage, signUp } from "./accounts";
import { pasteIntoEditor } from "./editor";
import { baseUrl, launchBrowser } from "./browser";

const exercise = "flask-hello-routes";
const solution = { "app.py": readFileSync(path.resolve("exercises", exercise, "solution", "app.py"), "utf8") };
const attack = (name: string) => readFileSync(path.resolve("tests/security/attacks", `${name}.py`), "utf8");
const serverSecrets: string[] = JSON.parse(process.env.E2E_SERVER_SECRETS ?? "[]");

interface Verdict {
  status: number;
  body: { verified?: boolean; passed?: boolean; feedback?: { headline: string; problem: { kind: string; title: string } | null } };
}

describe("attacks through the grading endpoint", () => {
  let browser: Browser;
  let page: Page;
  const submit = async (files: Record<string, string>) => (await postFromPage(page, `/api/exercises/${exercise}/submissions`, { files })) as Verdict;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    await signUp(page, "Mallory");
  });
  afterAll(async () => browser?.close());

  it("knows the secrets it looks for", () => {
    expect(serverSecrets.length).toBeGreaterThan(0);
  });

  it("grades the server's health as sandboxed", async () => {
    const health = await (await fetch(`${baseUrl()}/api/health`)).json();
    expect(health.grading).toEqual({ isolation: "sandbox", enabled: true });
    expect(JSON.stringify(health)).not.toMatch(/users/);
  });

  for (const [name, expectedProblem] of [
    ["escape", null],
    ["files", null],
    ["network", null],
    ["processes", null],
    ["poison", null],
    ["memory", "memory"],
    ["regex", "timeout"],
    ["flood", null],
  ] as const) {
    it(`answers the ${name} attack with a verdict, no secret, and grades the next correct submission right`, async () => {
      const verdict = await submit({ "app.py": attack(name) });
      expect(verdict.status).toBe(200);
      expect(verdict.body).toMatchObject({ verified: true, passed: false });
      if (expectedProblem) expect(verdict.body.feedback?.problem?.kind).toBe(expectedProblem);
      const text = JSON.stringify(verdict.body);
      for (const secret of serverSecrets) expect(text).not.toContain(secret);
      expect(text).not.toContain("evaluated");
      expect(text).not.toContain("root:x:0:0");

      const next = await submit(solution);
      expect(next.body).toMatchObject({ verified: true, passed: true });
    }, 120_000);
  }
});

describe("attacks from the browser's Python worker", () => {
  let browser: Browser;
  let page: Page;
  const apiRequests: string[] = [];

  /** The live Python worker (named "python-runtime" by the browser facade), other than `previous`. */
  const pythonWorker = async (previous?: Worker): Promise<Worker> => {
    for (let waited = 0; waited < 60_000; waited += 200) {
      for (const worker of [...page.workers()].reverse()) {
        if (worker === previous) continue;
        if ((await worker.evaluate(() => self.name).catch(() => null)) === "python-runtime") return worker;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error("no Python worker appeared");
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    page = await context.newPage();
    await signUp(page, "Eve");
    await page.goto(`${baseUrl()}/playground`);
    await page.getByRole("status", { name: "Python status" }).getByText("Python is ready").waitFor({ timeout: 120_000 });
    context.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) apiRequests.push(`${request.method()} ${request.url()}`);
    });
  });
  afterAll(async () => browser?.close());

  it("keeps no request, storage or worker API reachable in the worker after boot", async () => {
    const worker = await pythonWorker();
    const reachable = await worker.evaluate(() => {
      const names = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource", "importScripts", "indexedDB", "caches", "Worker", "SharedWorker", "BroadcastChannel", "FontFace"];
      const scope = self as unknown as Record<string, unknown>;
      const navigator = scope.navigator as Record<string, unknown>;
      return [...names.filter((name) => scope[name] !== undefined), ...["serviceWorker", "storage"].filter((name) => navigator[name] !== undefined)];
    });
    expect(reachable).toEqual([]);
    // import() cannot be taken away; the API answers no script or JSON-module load.
    // As a string: the test runner would rewrite an import() written in this file.
    const imported = await worker.evaluate(
      "import('/api/progress', { with: { type: 'json' } }).then(() => 'read', (error) => String(error))",
    );
    expect(imported).not.toBe("read");
  });

  it("runs the escape attack in the playground without reaching code generation or the API", async () => {
    const before = apiRequests.length;
    await pasteIntoEditor(page, "app.py", attack("escape"));
    await page.getByRole("button", { name: "Run app.py" }).click();
    const output = page.getByRole("tabpanel", { name: "Output" });
    await output.getByText("REACHED:").waitFor({ timeout: 60_000 });
    const text = (await output.locator("pre").textContent()) ?? "";
    expect(text).not.toContain("evaluated");
    expect(apiRequests.slice(before)).toEqual([]);
  });

  it("gives every run a fresh worker, so nothing a run leaves in JavaScript reaches the next", async () => {
    // The previous test's worker may still be closing (each run ends its
    // worker and starts the next): mark the live one, moving on to a newer
    // one if the worker picked goes away first.
    await page.getByRole("status", { name: "Python status" }).getByText("Python is ready").waitFor({ timeout: 120_000 });
    let first = await pythonWorker();
    for (let attempt = 1; ; attempt += 1) {
      const marked = await first
        .evaluate(() => {
          (self as unknown as Record<string, unknown>).leftBehind = "from an earlier run";
          return true;
        })
        .catch(() => false);
      if (marked) break;
      if (attempt === 5) throw new Error("no Python worker stayed open long enough to be marked");
      first = await pythonWorker(first);
    }
    await pasteIntoEditor(page, "app.py", "print('second run')\n");
    await page.getByRole("button", { name: "Run app.py" }).click();
    await page.getByRole("tabpanel", { name: "Output" }).getByText("second run").waitFor({ timeout: 60_000 });
    const next = await pythonWorker(first);
    expect(await next.evaluate(() => (self as unknown as Record<string, unknown>).leftBehind ?? null)).toBeNull();
  });
});
