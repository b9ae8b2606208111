// Writes public/python/harness.json, the Python harness as the browser worker
// loads it. The harness is project code, not a package: it is rewritten
// whenever its sources change, by the bundle build (postinstall) and before
// anything serves the app (`npm run dev`, `npm start`, e2e tests, bench), so
// the browser never runs an older harness than Node does.
//   node scripts/python-bundle/harness.mjs
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HARNESS_DIR, PUBLIC_PYTHON_DIR } from "./paths.mjs";
import { sha256 } from "./verify.mjs";

/** @param {(message: string) => void} [log] */
export async function writeHarness(log = console.log) {
  /** @type {Record<string, string>} */
  const sources = {};
  for (const name of (await readdir(HARNESS_DIR)).sort()) {
    if (name.endsWith(".py")) sources[name] = await readFile(path.join(HARNESS_DIR, name), "utf8");
  }
  const body = JSON.stringify({ sha256: sha256(JSON.stringify(sources)), files: sources });
  const target = path.join(PUBLIC_PYTHON_DIR, "harness.json");
  await mkdir(PUBLIC_PYTHON_DIR, { recursive: true });
  if (existsSync(target) && (await readFile(target, "utf8")) === body) return;
  await writeFile(target, body);
  log(`[python-bundle] public/python/harness.json: ${Object.keys(sources).length} files`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeHarness().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
