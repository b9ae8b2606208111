// Serves the production build on a free loopback port with a throwaway
// SQLite database, for the browser tests and the load benchmark.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "../../lib/db/migrations.mjs";
import { freePort } from "./free-port.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function waitForServer(url, server, timeoutMs) {
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

/**
 * @param {{ env?: Record<string, string>, verbose?: boolean, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, databaseFile: string, env: Record<string, string>, stop: () => void }>}
 */
export async function startAppServer({ env: extraEnv = {}, verbose = false, timeoutMs = 60_000 } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "course-server-"));
  const databaseFile = path.join(dataDir, "course.db");
  await migrate({ provider: "sqlite", file: databaseFile });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1", ...extraEnv };
  const server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout.on("data", (chunk) => {
    if (verbose) process.stdout.write(chunk);
  });
  const stop = () => {
    server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(url, server, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, databaseFile, env, stop };
}
