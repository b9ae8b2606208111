// `npm start`: check a hosted start's settings, migrate the database, build
// the app if the build is missing or older than the sources, then serve the
// production build. SIGTERM and SIGINT go to the server, which drains (see
// instrumentation.ts) before it exits.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseConfig } from "../lib/db/config.mjs";
import { hostedConfigError } from "../lib/hosting/hosted-config.mjs";
import { prepareDatabase } from "./prepare-db.mjs";
import { writeHarness } from "./python-bundle/harness.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const sourceDirs = ["app", "components", "lib", "lessons", "exercises", "public"];
const sourceFiles = ["next.config.js", "package.json"];

function newestSourceTime() {
  let newest = 0;
  const visit = (target) => {
    const stat = statSync(target, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      if (target.endsWith(`${path.sep}generated`)) return;
      for (const name of readdirSync(target)) visit(path.join(target, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of [...sourceDirs, ...sourceFiles]) visit(path.join(root, entry));
  return newest;
}

export function buildIsCurrent() {
  const buildId = path.join(root, ".next/BUILD_ID");
  return existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime();
}

/** @param {{ toStderr?: boolean }} [options] toStderr keeps stdout clean for JSON output */
export function buildApp({ toStderr = false } = {}) {
  (toStderr ? console.error : console.log)("Building the course (next build) ...");
  const stdio = ["ignore", toStderr ? 2 : "inherit", "inherit"];
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`);
}

/** Refreshes the browser's copy of the Python harness, then builds if anything changed. */
export async function ensureBuild({ toStderr = false } = {}) {
  await writeHarness(toStderr ? console.error : console.log);
  if (!buildIsCurrent()) buildApp({ toStderr });
}

/**
 * A hosted course serves one build from every instance (pages built by one
 * must find their scripts and server actions on the others), so its start
 * never builds: instances starting together would build over each other,
 * and each machine would make a different build.
 */
async function requireCurrentBuild() {
  await writeHarness();
  if (!buildIsCurrent()) {
    throw new Error(
      "Refusing to start a hosted course: the production build (.next/) is missing or older than the sources.\n" +
        "Run `npm run build` once, then start every instance from that same build (see README.md, \"Hosting\").",
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const refused = hostedConfigError();
  if (refused) {
    console.error(refused);
    process.exit(1);
  }
  try {
    await prepareDatabase();
    if (databaseConfig().provider === "postgres") await requireCurrentBuild();
    else await ensureBuild();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST ?? "localhost";
  console.log(`Serving the course at http://${host}:${port}`);
  const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", host], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
