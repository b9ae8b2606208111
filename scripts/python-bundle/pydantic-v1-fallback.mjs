// Pydantic 2 needs the wasm build of pydantic-core in vendor/wasm-extensions.
// Until it is there (its source is not obtainable from Debian's archive yet:
// see scripts/wasm-extensions/README.md), the bundle ships bookworm's
// pure-Python Pydantic 1.10.4 instead, which FastAPI 0.115 also supports.
// index.json records the fallback and the runtime reports it when it boots.
// PYTHON_BUNDLE_PYDANTIC=bookworm-v1 forces it; =2 makes its absence an error.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createPrivateApt } from "./apt.mjs";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { CACHE_DIR } from "./paths.mjs";
import { sha256File } from "./verify.mjs";

const run = promisify(execFile);

export const PYDANTIC_V1_FALLBACK = {
  env: "PYTHON_BUNDLE_PYDANTIC",
  value: "bookworm-v1",
  debian: "python3-pydantic",
  version: "1.10.4-1+deb12u1",
  filename: "python3-pydantic_1.10.4-1+deb12u1_all.deb",
  sha256: "2ba47d9f8a87c59b1aa031677ed855add1bb64fbde42aa41a740f426201b88c1",
  /** The pinned trixie packages it stands in for (left out of the bundle). */
  replaces: ["python3-pydantic", "python3-pydantic-core"],
};

/**
 * @param {Map<string, Buffer>} files
 * @param {{ name: string; debian: string; version: string; files: number; dropped: string[] }[]} contents
 * @param {(m: string) => void} log
 */
export async function applyPydanticV1Fallback(files, contents, log) {
  // Nothing of Pydantic 2 is in `files` (build.mjs skips the packages this replaces); make sure of it.
  for (const name of [...files.keys()]) {
    if (/^(pydantic|pydantic_core)(\/|-[\d.]+\.dist-info\/)/.test(name)) files.delete(name);
  }
  const dir = path.join(CACHE_DIR, "fallback");
  await mkdir(dir, { recursive: true });
  const deb = path.join(dir, PYDANTIC_V1_FALLBACK.filename);
  if (!existsSync(deb)) {
    // A private apt configuration, like trixie's: the host's lists may be empty or stale.
    const apt = await createPrivateApt(path.join(CACHE_DIR, "apt-bookworm"), "bookworm");
    await apt.update();
    await apt.download([`${PYDANTIC_V1_FALLBACK.debian}=${PYDANTIC_V1_FALLBACK.version}`], dir);
  }
  const actual = await sha256File(deb);
  if (actual !== PYDANTIC_V1_FALLBACK.sha256) throw new Error(`python3-pydantic (bookworm fallback): sha256 ${actual} differs from the pinned ${PYDANTIC_V1_FALLBACK.sha256}`);
  const out = path.join(dir, "x");
  await rm(out, { recursive: true, force: true });
  await run("dpkg-deb", ["-x", deb, out]);
  const root = path.join(out, "usr/lib/python3/dist-packages");
  let count = 0;
  for (const rel of await readdir(root, { recursive: true })) {
    const full = path.join(root, rel);
    if (!(await stat(full)).isFile() || rel.includes("__pycache__")) continue;
    files.set(rel.split(path.sep).join("/"), await readFile(full));
    count += 1;
  }
  for (const debian of PYDANTIC_V1_FALLBACK.replaces) {
    const index = contents.findIndex((c) => c.debian === debian);
    if (index >= 0) contents.splice(index, 1);
  }
  contents.push({ name: "pydantic", debian: PYDANTIC_V1_FALLBACK.debian, version: "1.10.4", files: count, dropped: [], fallback: PYDANTIC_V1_FALLBACK.value });
  log(`[python-bundle] ${PYDANTIC_V1_FALLBACK.debian} ${PYDANTIC_V1_FALLBACK.version} (bookworm, instead of Pydantic 2): ${count} files`);
  return [];
}
