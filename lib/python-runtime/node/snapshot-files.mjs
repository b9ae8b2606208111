// Snapshots of the warmed-up interpreter as files, shared by every Node
// runtime and process on this checkout (.cache/python-snapshots by default).
// The worker reads them at boot; the main thread writes them, so a worker
// stopped right after boot (a timeout, a memory hog) cannot cut a write short.
// Only the newest key is kept. A file is written under a temporary name and
// renamed, so a reader never sees half of one.
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** @param {string} dir @param {string} key */
const fileFor = (dir, key) => path.join(dir, `${key}.bin`);

/** @param {string} dir @param {string} key @returns {Promise<Uint8Array | null>} */
export async function readSnapshot(dir, key) {
  try {
    return new Uint8Array(await readFile(fileFor(dir, key)));
  } catch {
    return null;
  }
}

/** @param {string} dir @param {string} key @param {Uint8Array} bytes */
export async function writeSnapshot(dir, key, bytes) {
  await mkdir(dir, { recursive: true });
  const target = fileFor(dir, key);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  // Readable by the unprivileged user the runners run as.
  await writeFile(temporary, bytes, { mode: 0o644 });
  await rename(temporary, target);
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const stale = name.endsWith(".bin")
      ? file !== target
      : name.endsWith(".tmp") && Date.now() - (await stat(file).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs > 60_000;
    if (stale) await rm(file, { force: true });
  }
}

/** @param {string} dir @param {string} key */
export async function dropSnapshot(dir, key) {
  await rm(fileFor(dir, key), { force: true });
}
