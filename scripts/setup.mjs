// `npm install` runs this (postinstall): it prepares everything a fresh
// clone needs so that `npm start` and `npm test` work with no other step.
import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateClients } from "./db-schemas.mjs";
import { aptInstall, isRoot } from "./lib/apt-install.mjs";
import { findExecutable } from "../lib/python-runtime/node/sandbox-command.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const started = Date.now();
const steps = [];

function step(name, fn) {
  steps.push({ name, fn });
}

// npm 11 skips dependencies' install scripts unless package.json's
// allowScripts lists them; check that the native SQLite driver really built.
step("native SQLite driver", () => {
  const binding = path.join(root, "node_modules/better-sqlite3/build/Release/better_sqlite3.node");
  if (existsSync(binding)) return "present";
  execFileSync("npm", ["rebuild", "better-sqlite3", "--foreground-scripts"], { cwd: root, stdio: "inherit" });
  if (!existsSync(binding)) throw new Error("better-sqlite3 did not build (needs python3, make and g++)");
  return "built";
});

// The server grades learner code only inside bubblewrap's sandbox (README,
// "Security model"). Missing and not root: the course still runs, and says so.
step("Python runner sandbox (bubblewrap)", () => {
  if (findExecutable("bwrap")) return "present";
  if (!isRoot()) {
    return "NOT INSTALLED: the server will not grade submissions and the tests will fail until you run `sudo apt-get install bubblewrap`";
  }
  aptInstall(["bubblewrap"]);
  if (!findExecutable("bwrap")) throw new Error("bubblewrap installed but bwrap is not on PATH");
  return "installed from Debian's archive";
});

step("Prisma clients (SQLite and PostgreSQL)", () => {
  generateClients();
  return "generated";
});

step("editor and API docs assets (Swagger UI, ruff wasm)", async () => {
  const { copyUiAssets } = await import("./copy-ui-assets.mjs");
  const result = await copyUiAssets();
  return typeof result === "string" ? result : "copied to public/vendor";
});

step("Python container (Pyodide and package bundle)", async () => {
  const { buildPythonBundle } = await import("./python-bundle/build.mjs");
  const index = await buildPythonBundle({ log: (line) => console.log(`    ${line}`) });
  return `public/python/${index.archive}, ${index.files} files, sha256 ${String(index.sha256).slice(0, 12)}`;
});

for (const [index, { name, fn }] of steps.entries()) {
  const label = `[setup ${index + 1}/${steps.length}] ${name}`;
  console.log(`${label} ...`);
  try {
    const result = await fn();
    console.log(`${label}: ${typeof result === "string" ? result : "done"}`);
  } catch (error) {
    console.error(`${label} FAILED: ${error.message}`);
    process.exit(1);
  }
}
console.log(`[setup] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
