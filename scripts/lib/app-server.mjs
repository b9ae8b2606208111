// Serves the production build on loopback for the tests and the load
// benchmark: startAppServer with a throwaway SQLite database of its own,
// spawnCourseInstance as a host would start one of several instances.
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

/**
 * Starts one instance the way a host does, with `npm start` (scripts/start.mjs:
 * settings check, migrations, then `next start`; signals sent to npm reach
 * it), and no database of its own: `env` names it. `ready()` waits for
 * /api/ready, `stop()` sends a signal to npm and resolves with how it ended.
 * @param {{ env: Record<string, string>, port: number }} options
 */
export function spawnCourseInstance({ env, port }) {
  const url = `http://127.0.0.1:${port}`;
  // Its own process group, so that a last-resort kill also reaches `next start` and its runners.
  const child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));

  return {
    url,
    pid: child.pid,
    output: () => output,
    exited,
    /** Waits until /api/ready answers 200. */
    async ready(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs;
      let last = "no answer";
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`instance on port ${port} exited with code ${child.exitCode}:\n${output}`);
        try {
          const response = await fetch(`${url}/api/ready`);
          last = `${response.status} ${await response.text()}`;
          if (response.ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`instance on port ${port} not ready within ${timeoutMs / 1000} s (last answer: ${last}):\n${output}`);
    },
    /** Sends `signal` and waits for the process to end; kills the whole group after `graceMs`. */
    async stop(signal = "SIGTERM", graceMs = 60_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
