// pydantic-core in the bundle: Debian's pure-Python `pydantic_core/__init__.py`
// and `core_schema.py` (from python3-pydantic-core, whose native module is
// dropped) around the project's pure-Python `_pydantic_core` package
// (pure-pydantic-core/src/pydantic_core/_pydantic_core), taken from the
// working tree at build time. Its sources' hash is part of the bundle's
// cache key, so every change to them rebuilds the bundle.
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { PURE_PYDANTIC_CORE_SOURCE } from "./package-list.mjs";
import { REPO_ROOT } from "./paths.mjs";
import { checkPydanticCorePair, sha256 } from "./verify.mjs";

export const CORE_PACKAGE_DIR = "pydantic_core/_pydantic_core";

/**
 * @typedef {{ dir: string; files: Map<string, Buffer>; sha256: string }} PureCoreSources
 */

/** Reads every .py file of the pure core (paths relative to its folder, sorted). @returns {Promise<PureCoreSources>} */
export async function readPurePydanticCore(dir = path.join(REPO_ROOT, PURE_PYDANTIC_CORE_SOURCE)) {
  if (!existsSync(path.join(dir, "__init__.py"))) {
    throw new Error(`pydantic-core: the pure-Python core is missing (${path.relative(REPO_ROOT, dir) || dir}/__init__.py)`);
  }
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (const rel of (await readdir(dir, { recursive: true })).sort()) {
    const name = rel.split(path.sep).join("/");
    if (!name.endsWith(".py") || name.split("/").includes("__pycache__")) continue;
    files.set(name, await readFile(path.join(dir, rel)));
  }
  const digest = sha256(JSON.stringify([...files].map(([name, data]) => [name, sha256(data)])));
  return { dir, files, sha256: digest };
}

/** The `__version__ = '...'` a module assigns, or null. @param {string} source */
export function assignedVersion(source) {
  return source.match(/^__version__\s*=\s*['"]([^'"]+)['"]/m)?.[1] ?? null;
}

/**
 * Checks that the pieces belong together and puts the pure core into the
 * bundle's files (in place). Fails naming what does not match.
 * @param {Map<string, Buffer>} files the bundle so far (Debian's packages, native modules already dropped)
 * @param {{ debian: string; upstreamVersion: string }[]} packages the pinned packages
 * @param {PureCoreSources} core
 */
export function addPurePydanticCore(files, packages, core) {
  const pinned = packages.find((p) => p.debian === "python3-pydantic-core");
  if (!pinned) throw new Error("manifest.json must pin python3-pydantic-core (its __init__.py and core_schema.py are shipped)");
  for (const name of ["pydantic_core/__init__.py", "pydantic_core/core_schema.py"]) {
    if (!files.has(name)) throw new Error(`pydantic-core: ${name} not found in python3-pydantic-core ${pinned.upstreamVersion}`);
  }
  const leftover = [...files.keys()].filter((name) => name.startsWith(`${CORE_PACKAGE_DIR}.`) || name.startsWith(`${CORE_PACKAGE_DIR}/`));
  if (leftover.length) throw new Error(`pydantic-core: the native module must not ship beside the pure one (${leftover.join(", ")})`);

  const metadataName = [...files.keys()].find((n) => /^pydantic-[\d.]+\.dist-info\/METADATA$/.test(n));
  if (!metadataName) throw new Error("pydantic: dist-info METADATA not found in python3-pydantic");
  checkPydanticCorePair(String(files.get(metadataName)), pinned.upstreamVersion);

  const pureVersion = assignedVersion(String(core.files.get("__init__.py") ?? ""));
  if (pureVersion !== pinned.upstreamVersion) {
    throw new Error(
      `pydantic-core: ${PURE_PYDANTIC_CORE_SOURCE}/__init__.py implements ${pureVersion ?? "no __version__"}, but the bundle ships pydantic-core ${pinned.upstreamVersion}`,
    );
  }
  /** @type {string[]} */
  const added = [];
  for (const [rel, data] of core.files) {
    const name = `${CORE_PACKAGE_DIR}/${rel}`;
    files.set(name, data);
    added.push(name);
  }
  return {
    added,
    version: pinned.upstreamVersion,
    description: `pure-Python core from ${PURE_PYDANTIC_CORE_SOURCE} (${added.length} files, sources sha256 ${core.sha256.slice(0, 12)}…)`,
  };
}
