// Serves the browser facade on loopback with cross-origin isolation (as the
// app does) and drives it in Debian's Chromium through playwright-core.
import { createReadStream, existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { writeHarness } from "../python-bundle/harness.mjs";
import { chromium } from "playwright-core";
import type { SourceFiles } from "../../lib/python-runtime/types";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, ".cache/bench/browser");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];
const TYPES: Record<string, string> = {
  ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".json": "application/json",
  ".zip": "application/zip", ".html": "text/html",
};

async function bundle() {
  await mkdir(outDir, { recursive: true });
  const common = { bundle: true, format: "esm" as const, target: "es2022", logLevel: "error" as const };
  await build({ ...common, entryPoints: [path.join(root, "lib/python-runtime/browser/worker.ts")], outfile: path.join(outDir, "worker.js") });
  await build({ ...common, entryPoints: [path.join(import.meta.dirname, "browser-page.ts")], outfile: path.join(outDir, "page.js") });
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = url.pathname === "/" ? null
      : url.pathname.startsWith("/bench/") ? path.join(outDir, url.pathname.slice("/bench/".length))
      : path.join(root, "public", url.pathname);
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Cross-Origin-Embedder-Policy", "require-corp");
    if (file === null) {
      res.setHeader("Content-Type", "text/html");
      res.end('<!doctype html><title>bench</title><script type="module" src="/bench/page.js"></script>');
      return;
    }
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    // Revalidated caching, as `next start` serves public/ files.
    const stat = statSync(file);
    const etag = `W/"${stat.size}-${stat.mtimeMs}"`;
    res.setHeader("Cache-Control", "public, max-age=0");
    res.setHeader("ETag", etag);
    res.setHeader("Last-Modified", stat.mtime.toUTCString());
    if (req.headers["if-none-match"] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader("Content-Type", TYPES[path.extname(file)] ?? "application/octet-stream");
    res.setHeader("Content-Length", stat.size);
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export interface BrowserVisit {
  crossOriginIsolated: boolean;
  bootMs: number;
  phases: string[];
  phaseStartMs: Record<string, number>;
  /** How Python started: "saved" (fresh, snapshot stored) or "restored". */
  snapshot?: string;
  /** From the end of a run until the fresh worker for the next run is ready. */
  nextWorkerMs: number;
  warmTestMs: number;
  firstOk: boolean;
  warmOk: boolean;
  summary: unknown;
  jsImportKind?: string;
  cancelKind?: string;
  cancelMs: number;
  spawnCount: number;
  versions?: Record<string, string>;
}

export interface BrowserBenchResult {
  /** An empty browser cache: Python starts from scratch and saves a snapshot. */
  firstVisit: BrowserVisit;
  /** Later visits in the same browser profile: assets and the snapshot are cached. */
  laterVisits: BrowserVisit[];
}

export async function runInChromium(fixture: { files: SourceFiles; tests: SourceFiles }, laterVisitCount = 3): Promise<BrowserBenchResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found (Debian's chromium package)`);
  await bundle();
  await writeHarness(() => {});
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext();
    const errors: string[] = [];
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    /** One visit: a new page (and worker) in the same browser profile. */
    const run = async () => {
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => typeof window.benchBrowser === "function", undefined, { timeout: 30_000 });
      const result = (await page.evaluate((f) => window.benchBrowser(f), fixture)) as BrowserVisit;
      await page.close();
      return result;
    };
    const firstVisit = await run();
    const laterVisits: BrowserVisit[] = [];
    for (let i = 0; i < laterVisitCount; i += 1) laterVisits.push(await run());
    if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
    return { firstVisit, laterVisits };
  } finally {
    await browser.close();
    server.close();
  }
}
