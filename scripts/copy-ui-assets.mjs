// Copies the browser assets the lesson workspace loads at run time into
// public/vendor/, so every asset is served by the app itself (the pages are
// cross-origin isolated and the course must not depend on a CDN):
//   public/vendor/swagger-ui/  Swagger UI's bundle and stylesheet (FastAPI docs panel)
//   public/vendor/ruff/        Ruff compiled to wasm (lint and format in the editor)
// Called from scripts/setup.mjs (postinstall); also runnable on its own:
//   node scripts/copy-ui-assets.mjs
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));

/** Package folder, found through Node's resolution so hoisting does not matter. */
function packageDir(name) {
  return path.dirname(require.resolve(`${name}/package.json`));
}

const ASSETS = [
  { pkg: "swagger-ui-dist", files: ["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE"], to: "swagger-ui" },
  { pkg: "@astral-sh/ruff-wasm-web", files: ["ruff_wasm_bg.wasm", "LICENSE"], to: "ruff" },
];

function sameFile(from, to) {
  if (!existsSync(to)) return false;
  const a = statSync(from);
  const b = statSync(to);
  return a.size === b.size && a.mtimeMs <= b.mtimeMs;
}

/**
 * Copies the assets when missing or outdated. Returns a one-line summary;
 * throws naming the package and file when something is missing.
 */
export function copyUiAssets({ publicDir = path.join(root, "public") } = {}) {
  let copied = 0;
  let current = 0;
  for (const { pkg, files, to } of ASSETS) {
    const from = packageDir(pkg);
    const version = JSON.parse(readFileSync(path.join(from, "package.json"), "utf8")).version;
    const target = path.join(publicDir, "vendor", to);
    mkdirSync(target, { recursive: true });
    for (const file of files) {
      const source = path.join(from, file);
      if (!existsSync(source)) throw new Error(`${pkg}@${version}: ${file} is missing from the package`);
      const destination = path.join(target, file);
      if (sameFile(source, destination)) {
        current += 1;
        continue;
      }
      copyFileSync(source, destination);
      copied += 1;
    }
  }
  return `${copied} copied, ${current} up to date (public/vendor/)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`[copy-ui-assets] ${copyUiAssets()}`);
  } catch (error) {
    console.error(`[copy-ui-assets] FAILED: ${error.message}`);
    process.exit(1);
  }
}
