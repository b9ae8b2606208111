// `npm run test:e2e`: builds the production app when needed, serves it on
// loopback with a throwaway database, and runs the browser tests against it.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./lib/chromium.mjs";
import { buildApp, buildIsCurrent } from "./start.mjs";
import { migrate } from "../lib/db/migrations.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export async function runE2e(extraArgs = []) {
  ensureChromium();
  if (!buildIsCurrent()) buildApp();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "course-e2e-"));
  const databaseFile = path.join(dataDir, "e2e.db");
  await migrate({ provider: "sqlite", file: databaseFile });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1", E2E_BASE_URL: url };
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout.on("data", (chunk) => {
    if (process.env.E2E_VERBOSE) process.stdout.write(chunk);
  });
  try {
    await waitForServer(url, server);
    const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
    const result = spawnSync(process.execPath, [vitest, "run", "--project", "e2e", ...extraArgs], { cwd: root, env, stdio: "inherit" });
    return result.status ?? 1;
  } finally {
    server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exit(await runE2e(process.argv.slice(2)));
  } catch (error) {
    console.error(`End-to-end tests could not run: ${error.message}`);
    process.exit(1);
  }
}
