// Extension modules compiled for Pyodide 0.26.4 by the project itself
// (vendor/wasm-extensions/, see its manifest.json). They replace the x86_64
// .so files dropped from Debian's packages.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { WASM_EXTENSIONS_DIR } from "./paths.mjs";
import { sha256 } from "./verify.mjs";

export const PYDANTIC_CORE_SO = "_pydantic_core.cpython-312-wasm32-emscripten.so";

/**
 * @typedef {{ name: string; version?: string; file: string; sha256: string }} WasmExtension
 * @typedef {{ file: string; data: Buffer; installAs: string }} BundleFile
 */

/**
 * Reads vendor/wasm-extensions/manifest.json (written by
 * scripts/wasm-extensions/build.sh): its `artifacts` list the built modules.
 * Artifacts whose role says they are "not for the bundle" (toolchain probes)
 * are left out.
 */
export async function readWasmManifest(dir = WASM_EXTENSIONS_DIR) {
  const manifestPath = path.join(dir, "manifest.json");
  if (!existsSync(manifestPath)) return { raw: null, extensions: /** @type {WasmExtension[]} */ ([]) };
  const raw = JSON.parse(await readFile(manifestPath, "utf8"));
  const list = Array.isArray(raw) ? raw : Array.isArray(raw.artifacts) ? raw.artifacts : Array.isArray(raw.extensions) ? raw.extensions : [];
  /** @type {WasmExtension[]} */
  const extensions = list
    .filter((/** @type {any} */ e) => !/not for the bundle/i.test(String(e.role ?? "")))
    .map((/** @type {any} */ e) => ({
      name: String(e.pythonModule ?? e.name ?? path.basename(String(e.file)).split(".")[0]),
      version: e.version ?? e.sourcePackage?.version ?? e.sourcePackage?.upstreamVersion,
      file: String(e.file ?? ""),
      sha256: String(e.sha256 ?? ""),
    }))
    .map((/** @type {WasmExtension} */ e) => ({ ...e, version: e.version === undefined ? undefined : String(e.version) }));
  return { raw, extensions };
}

/** Reads one file listed in the manifest and checks its sha256. @param {WasmExtension} ext */
export async function readVerifiedExtension(ext, dir = WASM_EXTENSIONS_DIR) {
  const file = path.join(dir, ext.file);
  if (!existsSync(file)) throw new Error(`${ext.name}: ${ext.file} is listed in vendor/wasm-extensions/manifest.json but missing`);
  const data = await readFile(file);
  const actual = sha256(data);
  if (actual !== ext.sha256) {
    throw new Error(`${ext.name}: ${ext.file} has sha256 ${actual}, but vendor/wasm-extensions/manifest.json says ${ext.sha256}`);
  }
  return data;
}

/**
 * Finds pydantic-core's wasm build and checks it is the version trixie's
 * pydantic needs. Fails naming the file when it is missing or altered.
 * @param {string} requiredVersion
 */
export async function pydanticCoreExtension(requiredVersion, dir = WASM_EXTENSIONS_DIR) {
  const { extensions } = await readWasmManifest(dir);
  const ext = extensions.find((e) => path.basename(e.file) === PYDANTIC_CORE_SO || /pydantic.core/.test(e.name));
  if (!ext) {
    throw new Error(
      `pydantic-core: vendor/wasm-extensions/${PYDANTIC_CORE_SO} (with an entry in vendor/wasm-extensions/manifest.json) is required for Pydantic 2 and is not there yet` +
        ` (scripts/wasm-extensions builds it). For development only, PYTHON_BUNDLE_PYDANTIC=bookworm-v1 builds a bundle with Pydantic 1.10.4 instead.`,
    );
  }
  if (ext.version && ext.version !== requiredVersion) {
    throw new Error(`pydantic-core: vendor/wasm-extensions has version ${ext.version}, but pydantic needs ${requiredVersion}`);
  }
  return { ext, data: await readVerifiedExtension(ext, dir) };
}

/**
 * Everything else in vendor/wasm-extensions: e.g. `_sqlite3...so` plus the
 * pure-Python `sqlite3/` package beside it. Extension modules are checked
 * against the manifest; Python packages are copied as they are.
 * @returns {Promise<BundleFile[]>}
 */
export async function optionalVendorFiles() {
  if (!existsSync(WASM_EXTENSIONS_DIR)) return [];
  const { extensions } = await readWasmManifest();
  /** @type {BundleFile[]} */
  const files = [];
  for (const ext of extensions) {
    if (path.basename(ext.file) === PYDANTIC_CORE_SO || /pydantic.core/.test(ext.name)) continue;
    if (!ext.file.endsWith(".so")) continue;
    // Top-level extension modules (e.g. _sqlite3) go to the root of site-packages.
    files.push({ file: ext.file, data: await readVerifiedExtension(ext), installAs: path.basename(ext.file) });
  }
  for (const entry of await readdir(WASM_EXTENSIONS_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const pkgDir = path.join(WASM_EXTENSIONS_DIR, entry.name);
    if (!existsSync(path.join(pkgDir, "__init__.py"))) continue;
    for (const name of await readdir(pkgDir, { recursive: true })) {
      const full = path.join(pkgDir, name);
      if (!name.endsWith(".py")) continue;
      files.push({ file: full, data: await readFile(full), installAs: `${entry.name}/${name}` });
    }
  }
  return files;
}
