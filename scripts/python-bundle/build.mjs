// Builds what the Python container loads, from pinned inputs only:
//   public/pyodide/   Pyodide 0.26.4's core files, copied from node_modules
//   public/python/    site-packages.zip (Debian trixie packages + wasm extensions),
//                     index.json (its sha256 and contents), harness.json
// Called by scripts/setup.mjs (postinstall) and runnable on its own:
//   node scripts/python-bundle/build.mjs
// A second run with unchanged inputs only re-checks hashes and returns.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createPrivateApt } from "./apt.mjs";
import { DROPPED_FILE_PATTERNS } from "./package-list.mjs";
import {
  CACHE_DIR, MANIFEST_PATH, PUBLIC_PYODIDE_DIR, PUBLIC_PYTHON_DIR, PYODIDE_PACKAGE_DIR, REPO_ROOT, EXTRACTED_SITE_PACKAGES_DIR,
} from "./paths.mjs";
import { checkPydanticCorePair, sha256, sha256File } from "./verify.mjs";
import { PYDANTIC_CORE_SO, optionalVendorFiles, pydanticCoreExtension, readWasmManifest } from "./wasm-extensions.mjs";
import { createZip } from "./zip-writer.mjs";
import { writeHarness } from "./harness.mjs";
import { PYDANTIC_V1_FALLBACK, applyPydanticV1Fallback } from "./pydantic-v1-fallback.mjs";

const run = promisify(execFile);

/** Bump when the bundle layout changes so cached outputs are rebuilt. */
const BUILD_FORMAT = 1;
const DIST_PACKAGES = "usr/lib/python3/dist-packages/";
const PYODIDE_FILES = ["pyodide.mjs", "pyodide.js", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];

/**
 * @typedef {{ name: string; debian: string; version: string; upstreamVersion: string; filename: string; sha256: string }} PinnedPackage
 * @typedef {(message: string) => void} Log
 */

/** @param {{ log?: Log }} [options] */
export async function buildPythonBundle({ log = console.log } = {}) {
  const started = Date.now();
  await copyPyodideAssets(log);
  await writeHarness(log);

  const manifest = JSON.parse(await readFile(MANIFEST_PATH, "utf8"));
  /** @type {PinnedPackage[]} */
  const packages = manifest.packages;
  const { raw: wasmManifest } = await readWasmManifest();
  const fallback = await choosePydantic(log);
  const inputKey = sha256(JSON.stringify({ BUILD_FORMAT, packages, wasmManifest, fallback, drop: DROPPED_FILE_PATTERNS.map(String) }));

  const indexPath = path.join(PUBLIC_PYTHON_DIR, "index.json");
  if ((await isUpToDate(indexPath, inputKey)) && extractedIsComplete(JSON.parse(await readFile(indexPath, "utf8")).sha256)) {
    log(`[python-bundle] up to date (${path.relative(REPO_ROOT, indexPath)}), ${Date.now() - started} ms`);
    return JSON.parse(await readFile(indexPath, "utf8"));
  }

  // With the fallback, trixie's Pydantic 2 and its core are neither
  // downloaded nor unpacked: the log lists what the bundle ships.
  const shipped = fallback === PYDANTIC_V1_FALLBACK.value ? packages.filter((pkg) => !PYDANTIC_V1_FALLBACK.replaces.includes(pkg.debian)) : packages;
  const debs = await fetchDebs(shipped, log);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  /** @type {{ name: string; debian: string; version: string; files: number; dropped: string[] }[]} */
  const contents = [];
  for (const pkg of shipped) {
    const { kept, dropped } = await extractDeb(pkg, debs.get(pkg.debian) ?? "");
    for (const [name, data] of kept) files.set(name, data);
    contents.push({ name: pkg.name, debian: pkg.debian, version: pkg.upstreamVersion, files: kept.size, dropped });
    log(`[python-bundle] ${pkg.debian} ${pkg.version}: ${kept.size} files${dropped.length ? `, dropped ${dropped.join(", ")}` : ""}`);
  }

  const extensions = fallback === PYDANTIC_V1_FALLBACK.value
    ? await applyPydanticV1Fallback(files, contents, log)
    : await addWasmExtensions(packages, files, log);

  const zip = createZip([...files].map(([name, data]) => ({ name, data })));
  const zipSha = sha256(zip);
  await mkdir(PUBLIC_PYTHON_DIR, { recursive: true });
  await writeFile(path.join(PUBLIC_PYTHON_DIR, "site-packages.zip"), zip);
  const index = {
    format: BUILD_FORMAT,
    inputKey,
    archive: "site-packages.zip",
    sha256: zipSha,
    size: zip.length,
    files: files.size,
    packages: contents,
    extensions,
  };
  await writeExtracted(files, zipSha);
  await writeFile(indexPath, JSON.stringify(index, null, 2) + "\n");
  log(`[python-bundle] wrote public/python/site-packages.zip (${(zip.length / 1e6).toFixed(1)} MB, ${files.size} files, sha256 ${zipSha.slice(0, 12)}…) in ${Date.now() - started} ms`);
  return index;
}

/**
 * Pydantic 2 when its wasm core is vendored, else the 1.10 fallback.
 * @param {Log} log @returns {Promise<string>} "" for Pydantic 2, or the fallback's name
 */
async function choosePydantic(log) {
  const wanted = process.env[PYDANTIC_V1_FALLBACK.env] ?? "";
  if (wanted === PYDANTIC_V1_FALLBACK.value) return wanted;
  const { extensions } = await readWasmManifest();
  const hasCore = extensions.some((e) => /pydantic.core/.test(e.name) || path.basename(e.file).startsWith("_pydantic_core"));
  if (hasCore || wanted === "2") return "";
  log(`[python-bundle] pydantic-core for wasm is not vendored, so the bundle ships Pydantic 1.10.4 (bookworm) instead of Pydantic 2 (set ${PYDANTIC_V1_FALLBACK.env}=2 to require Pydantic 2)`);
  return PYDANTIC_V1_FALLBACK.value;
}

/** @param {Log} log */
async function copyPyodideAssets(log) {
  await mkdir(PUBLIC_PYODIDE_DIR, { recursive: true });
  let copied = 0;
  for (const name of PYODIDE_FILES) {
    const from = path.join(PYODIDE_PACKAGE_DIR, name);
    if (!existsSync(from)) throw new Error(`pyodide: node_modules/pyodide/${name} is missing; reinstall the pyodide npm package`);
    const to = path.join(PUBLIC_PYODIDE_DIR, name);
    if (existsSync(to) && (await stat(to)).size === (await stat(from)).size && (await sha256File(to)) === (await sha256File(from))) continue;
    await copyFile(from, to);
    copied += 1;
  }
  log(`[python-bundle] public/pyodide: ${copied ? `copied ${copied} files` : "up to date"}`);
}

const extractedDirFor = (/** @type {string} */ sha) => path.join(EXTRACTED_SITE_PACKAGES_DIR, sha.slice(0, 16));
const COMPLETE_MARKER = ".complete";

/** @param {string} sha */
function extractedIsComplete(sha) {
  return existsSync(path.join(extractedDirFor(sha), COMPLETE_MARKER));
}

/**
 * The same files as the archive, as a folder: Node runners mount it
 * read-only instead of unpacking the archive into memory at every start.
 * Older folders are removed; the marker is written last, so a folder cut
 * short is never used.
 * @param {Map<string, Buffer>} files @param {string} sha
 */
async function writeExtracted(files, sha) {
  const dir = extractedDirFor(sha);
  await rm(EXTRACTED_SITE_PACKAGES_DIR, { recursive: true, force: true });
  for (const [name, data] of files) {
    const file = path.join(dir, name);
    if (!file.startsWith(dir + path.sep)) throw new Error(`python bundle: unexpected file name ${name}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data, { mode: 0o644 });
  }
  await writeFile(path.join(dir, COMPLETE_MARKER), sha);
}

/** @param {string} indexPath @param {string} inputKey */
async function isUpToDate(indexPath, inputKey) {
  if (!existsSync(indexPath)) return false;
  const index = JSON.parse(await readFile(indexPath, "utf8"));
  if (index.inputKey !== inputKey) return false;
  const zipPath = path.join(PUBLIC_PYTHON_DIR, index.archive);
  return existsSync(zipPath) && (await sha256File(zipPath)) === index.sha256;
}

/**
 * Makes sure every pinned .deb is in .cache/python-bundle/debs with the pinned
 * sha256, downloading through the private apt configuration when needed.
 * @param {PinnedPackage[]} packages @param {Log} log
 */
async function fetchDebs(packages, log) {
  const debDir = path.join(CACHE_DIR, "debs");
  await mkdir(debDir, { recursive: true });
  /** @type {Map<string, string>} */
  const found = new Map();
  /** @type {PinnedPackage[]} */
  const missing = [];
  for (const pkg of packages) {
    const file = path.join(debDir, path.basename(pkg.filename));
    if (existsSync(file)) {
      if ((await sha256File(file)) === pkg.sha256) {
        found.set(pkg.debian, file);
        continue;
      }
      log(`[python-bundle] ${pkg.debian}: cached ${path.basename(file)} does not match its pinned sha256; downloading again`);
      await rm(file);
    }
    missing.push(pkg);
  }
  if (missing.length > 0) {
    const apt = await createPrivateApt(path.join(CACHE_DIR, "apt"));
    log("[python-bundle] apt-get update (private trixie configuration)");
    await apt.update();
    log(`[python-bundle] downloading ${missing.map((p) => `${p.debian}=${p.version}`).join(" ")}`);
    await apt.download(missing.map((p) => `${p.debian}=${p.version}`), debDir);
    for (const pkg of missing) {
      const file = path.join(debDir, path.basename(pkg.filename));
      if (!existsSync(file)) throw new Error(`${pkg.debian}: apt-get download did not produce ${path.basename(pkg.filename)}`);
      const actual = await sha256File(file);
      if (actual !== pkg.sha256) {
        throw new Error(`${pkg.debian}: downloaded ${path.basename(file)} has sha256 ${actual}, manifest.json pins ${pkg.sha256}`);
      }
      found.set(pkg.debian, file);
    }
  } else {
    log(`[python-bundle] all ${packages.length} .deb files cached and verified`);
  }
  return found;
}

/** @param {PinnedPackage} pkg @param {string} debFile */
async function extractDeb(pkg, debFile) {
  const dir = path.join(CACHE_DIR, "extract", pkg.debian);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await run("dpkg-deb", ["-x", debFile, dir]);
  const root = path.join(dir, DIST_PACKAGES);
  if (!existsSync(root)) throw new Error(`${pkg.debian}: no ${DIST_PACKAGES} in ${path.basename(debFile)}`);
  /** @type {Map<string, Buffer>} */
  const kept = new Map();
  /** @type {string[]} */
  const dropped = [];
  for (const rel of (await readdir(root, { recursive: true })).sort()) {
    const full = path.join(root, rel);
    if (!(await stat(full)).isFile()) continue;
    const name = rel.split(path.sep).join("/");
    if (DROPPED_FILE_PATTERNS.some((re) => re.test(name))) {
      if (name.endsWith(".so")) dropped.push(name);
      continue;
    }
    kept.set(name, await readFile(full));
  }
  if (kept.size === 0) throw new Error(`${pkg.debian}: ${path.basename(debFile)} holds no Python files`);
  return { kept, dropped };
}

/**
 * Puts pydantic-core's wasm build beside its pure-Python part (after checking
 * the pair), then any other vendored extension (e.g. _sqlite3 + sqlite3/).
 * @param {PinnedPackage[]} packages @param {Map<string, Buffer>} files @param {Log} log
 */
async function addWasmExtensions(packages, files, log) {
  const core = packages.find((p) => p.debian === "python3-pydantic-core");
  const pydantic = packages.find((p) => p.debian === "python3-pydantic");
  if (!core || !pydantic) throw new Error("manifest.json must pin python3-pydantic and python3-pydantic-core");
  const metadataName = [...files.keys()].find((n) => /^pydantic-[\d.]+\.dist-info\/METADATA$/.test(n));
  if (!metadataName) throw new Error("pydantic: dist-info METADATA not found in python3-pydantic");
  checkPydanticCorePair(String(files.get(metadataName)), core.upstreamVersion);

  const { ext, data } = await pydanticCoreExtension(core.upstreamVersion);
  files.set(`pydantic_core/${PYDANTIC_CORE_SO}`, data);
  const added = [{ name: ext.name, version: ext.version ?? core.upstreamVersion, file: `pydantic_core/${PYDANTIC_CORE_SO}`, sha256: ext.sha256 }];
  log(`[python-bundle] pydantic-core ${core.upstreamVersion}: wasm extension verified (sha256 ${ext.sha256.slice(0, 12)}…)`);

  for (const extra of await optionalVendorFiles()) {
    files.set(extra.installAs, extra.data);
    if (extra.installAs.endsWith(".so")) {
      added.push({ name: path.basename(extra.installAs).split(".")[0], version: "", file: extra.installAs, sha256: sha256(extra.data) });
      log(`[python-bundle] vendored extension ${extra.installAs}`);
    }
  }
  return added;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildPythonBundle().catch((error) => {
    console.error(`[python-bundle] FAILED: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
