// Builds what the Python container loads, from pinned inputs only:
//   public/pyodide/   Pyodide 314.0.7's core files, copied from node_modules
//   public/python/    site-packages.zip.gz (Debian forky's packages, with
//                     pydantic-core's native module replaced by the project's
//                     pure-Python one: a zip of stored files, gzipped as a
//                     whole so a browser inflates it in one stream instead of
//                     2,600 small ones), index.json (its sha256 and
//                     contents), harness.json
//   .cache/python-site-packages/<sha>/  the same files extracted, for Node runners
// Called by scripts/setup.mjs (postinstall) and runnable on its own:
//   node scripts/python-bundle/build.mjs
// A second run with unchanged inputs only re-checks hashes and returns.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, lstat, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { deflateRawSync, gzipSync } from "node:zlib";
import { createPrivateApt } from "./apt.mjs";
import { BYTECODE_IMPORTS, BYTECODE_WHOLE_PACKAGES, DROPPED_FILE_PATTERNS } from "./package-list.mjs";
import {
  CACHE_DIR, MANIFEST_PATH, PUBLIC_PYODIDE_DIR, PUBLIC_PYTHON_DIR, PYODIDE_PACKAGE_DIR, REPO_ROOT, EXTRACTED_SITE_PACKAGES_DIR,
} from "./paths.mjs";
import { compileBytecode } from "./bytecode.mjs";
import { addPurePydanticCore, readPurePydanticCore } from "./pure-core.mjs";
import { sha256, sha256File } from "./verify.mjs";
import { createZip } from "./zip-writer.mjs";
import { writeHarness } from "./harness.mjs";

const run = promisify(execFile);

/** Bump when the bundle layout changes so cached outputs are rebuilt. */
const BUILD_FORMAT = 4;
const ARCHIVE = "site-packages.zip.gz";
const DIST_PACKAGES = "usr/lib/python3/dist-packages/";
/** What the browser and the runners load from Pyodide's npm package (its ES module build). */
export const PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];

/**
 * @typedef {{ name: string; debian: string; version: string; upstreamVersion: string; filename: string; sha256: string }} PinnedPackage
 * @typedef {{ name: string; debian: string; version: string; files: number; dropped: string[]; bytes: number; zipBytes: number; pure?: string }} BundlePackage
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
  // The pure core is being written alongside: any change to its sources rebuilds the bundle.
  const pureCore = await readPurePydanticCore();
  // The bytecode is Pyodide's own: another Pyodide rebuilds the bundle.
  const pyodideVersion = JSON.parse(await readFile(path.join(PYODIDE_PACKAGE_DIR, "package.json"), "utf8")).version;
  const inputKey = sha256(JSON.stringify({
    BUILD_FORMAT, packages, pureCore: pureCore.sha256, pyodideVersion, drop: DROPPED_FILE_PATTERNS.map(String),
    bytecode: [BYTECODE_IMPORTS, BYTECODE_WHOLE_PACKAGES],
  }));

  const indexPath = path.join(PUBLIC_PYTHON_DIR, "index.json");
  if ((await isUpToDate(indexPath, inputKey)) && extractedIsComplete(JSON.parse(await readFile(indexPath, "utf8")).sha256)) {
    log(`[python-bundle] up to date (${path.relative(REPO_ROOT, indexPath)}), ${Date.now() - started} ms`);
    return JSON.parse(await readFile(indexPath, "utf8"));
  }

  const debs = await fetchDebs(packages, log);
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  /** @type {Map<string, string>} which package each file came from, for the sizes in index.json */
  const owners = new Map();
  /** @type {BundlePackage[]} */
  const contents = [];
  for (const pkg of packages) {
    const { kept, dropped } = await extractDeb(pkg, debs.get(pkg.debian) ?? "");
    for (const [name, data] of kept) {
      if (files.has(name)) throw new Error(`${pkg.debian}: ${name} is also shipped by ${owners.get(name)}`);
      files.set(name, data);
      owners.set(name, pkg.name);
    }
    contents.push({ name: pkg.name, debian: pkg.debian, version: pkg.upstreamVersion, files: kept.size, dropped, bytes: 0, zipBytes: 0 });
    log(`[python-bundle] ${pkg.debian} ${pkg.version}: ${kept.size} files${dropped.length ? `, dropped ${dropped.join(", ")}` : ""}`);
  }

  const core = addPurePydanticCore(files, packages, pureCore);
  for (const name of core.added) owners.set(name, "pydantic-core");
  const coreEntry = contents.find((c) => c.name === "pydantic-core");
  if (coreEntry) Object.assign(coreEntry, { files: coreEntry.files + core.added.length, pure: core.description });
  log(`[python-bundle] pydantic-core ${core.version}: ${core.description}`);

  const bytecode = await compileBytecode(files, { pyodideDir: PYODIDE_PACKAGE_DIR, imports: BYTECODE_IMPORTS, wholePackages: BYTECODE_WHOLE_PACKAGES });
  for (const { name, source, data } of bytecode.compiled) {
    files.set(name, data);
    owners.set(name, owners.get(source) ?? "");
  }
  log(`[python-bundle] bytecode (${bytecode.tag}): ${bytecode.compiled.length} modules${bytecode.failed.length ? `; not compilable, left as sources: ${bytecode.failed.map(([name]) => name).join(", ")}` : ""}`);

  const zip = createZip([...files].map(([name, data]) => ({ name, data })), { deflate: false });
  const archive = gzipSync(zip, { level: 9 });
  for (const [name, data] of files) {
    const entry = contents.find((c) => c.name === owners.get(name));
    if (!entry) continue;
    entry.bytes += data.length;
    // What the package adds to the download, about: its files deflated one by one.
    entry.zipBytes += deflateRawSync(data, { level: 9 }).length;
  }
  const zipSha = sha256(zip);
  await mkdir(PUBLIC_PYTHON_DIR, { recursive: true });
  await rm(path.join(PUBLIC_PYTHON_DIR, "site-packages.zip"), { force: true }); // build format 3's archive
  await writeFile(path.join(PUBLIC_PYTHON_DIR, ARCHIVE), archive);
  const index = {
    format: BUILD_FORMAT,
    inputKey,
    archive: ARCHIVE,
    // Of the zip inside: what the runtime checks after inflating (a server
    // that sends the file with Content-Encoding: gzip hands over the zip itself).
    sha256: zipSha,
    archiveSha256: sha256(archive),
    size: archive.length,
    unpackedSize: zip.length,
    files: files.size,
    bytecode: bytecode.tag,
    packages: contents,
  };
  await writeExtracted(files, zipSha);
  await writeFile(indexPath, JSON.stringify(index, null, 2) + "\n");
  log(`[python-bundle] wrote public/python/${ARCHIVE} (${(archive.length / 1e6).toFixed(1)} MB, ${(zip.length / 1e6).toFixed(1)} MB unpacked, ${files.size} files, sha256 ${zipSha.slice(0, 12)}…) in ${Date.now() - started} ms`);
  return index;
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
  // Files of an earlier Pyodide (0.26's pyodide.asm.js) must not be served any more.
  const stale = (await readdir(PUBLIC_PYODIDE_DIR)).filter((name) => !PYODIDE_FILES.includes(name));
  for (const name of stale) await rm(path.join(PUBLIC_PYODIDE_DIR, name), { recursive: true, force: true });
  log(`[python-bundle] public/pyodide: ${copied ? `copied ${copied} files` : "up to date"}${stale.length ? `, removed ${stale.join(", ")}` : ""}`);
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
  const archivePath = path.join(PUBLIC_PYTHON_DIR, index.archive);
  return existsSync(archivePath) && (await sha256File(archivePath)) === index.archiveSha256;
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
    log("[python-bundle] apt-get update (private forky configuration)");
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

/**
 * Reads the Python files of one .deb. The extraction folder is removed
 * afterwards: it also holds documentation with links into the system's
 * own files, which tools walking the checkout (Next.js's build) trip over.
 * @param {PinnedPackage} pkg @param {string} debFile
 */
async function extractDeb(pkg, debFile) {
  const dir = path.join(CACHE_DIR, "extract", pkg.debian);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    await run("dpkg-deb", ["-x", debFile, dir]);
    const root = path.join(dir, DIST_PACKAGES);
    if (!existsSync(root)) throw new Error(`${pkg.debian}: no ${DIST_PACKAGES} in ${path.basename(debFile)}`);
    /** @type {Map<string, Buffer>} */
    const kept = new Map();
    /** @type {string[]} */
    const dropped = [];
    for (const rel of (await readdir(root, { recursive: true })).sort()) {
      const full = path.join(root, rel);
      const info = await lstat(full);
      const name = rel.split(path.sep).join("/");
      // A link would ship whatever the building machine has at its target.
      if (info.isSymbolicLink()) throw new Error(`${pkg.debian}: ${name} is a symbolic link; the bundle ships regular files only`);
      if (!info.isFile()) continue;
      if (DROPPED_FILE_PATTERNS.some((re) => re.test(name))) {
        if (name.endsWith(".so")) dropped.push(name);
        continue;
      }
      kept.set(name, await readFile(full));
    }
    if (kept.size === 0) throw new Error(`${pkg.debian}: ${path.basename(debFile)} holds no Python files`);
    return { kept, dropped };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildPythonBundle().catch((error) => {
    console.error(`[python-bundle] FAILED: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
