// Where the bundle's inputs, cache and outputs live, relative to the repo root.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MANIFEST_PATH = path.join(REPO_ROOT, "lib/python-runtime/bundle/manifest.json");
export const HARNESS_DIR = path.join(REPO_ROOT, "lib/python-runtime/harness");
export const CACHE_DIR = path.join(REPO_ROOT, ".cache/python-bundle");
export const WASM_EXTENSIONS_DIR = path.join(REPO_ROOT, "vendor/wasm-extensions");
export const PYODIDE_PACKAGE_DIR = path.join(REPO_ROOT, "node_modules/pyodide");
export const PUBLIC_PYODIDE_DIR = path.join(REPO_ROOT, "public/pyodide");
export const PUBLIC_PYTHON_DIR = path.join(REPO_ROOT, "public/python");
/** The bundle extracted, one folder per archive sha256 (first 16 hex digits), for Node runners to mount read-only. */
export const EXTRACTED_SITE_PACKAGES_DIR = path.join(REPO_ROOT, ".cache/python-site-packages");
