// Reads a folder of exercise files into the `SourceFiles` map the runtime takes.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { SourceFiles } from "../python-runtime/types";

// Caches and editor litter that must never reach the sandbox or the browser.
const IGNORED = new Set(["__pycache__", ".pytest_cache", ".DS_Store", ".mypy_cache", ".ruff_cache"]);
const MAX_FILE_BYTES = 256 * 1024;

export async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

export async function readTextFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * All files under `dir`, keyed by POSIX path relative to `dir`, sorted by path.
 * Returns null when `dir` does not exist. `skip` leaves out top-level entries
 * (used for `wrong.json`, which describes a wrong answer but is not part of it).
 */
export async function readTree(dir: string, skip: string[] = []): Promise<SourceFiles | null> {
  if (!(await isDirectory(dir))) return null;
  const files: SourceFiles = {};
  async function walk(current: string, prefix: string): Promise<void> {
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (IGNORED.has(entry.name) || entry.name.startsWith(".") || entry.name.endsWith(".pyc")) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (!prefix && skip.includes(entry.name)) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        await walk(full, rel);
      } else if (entry.isFile()) {
        const size = (await stat(full)).size;
        if (size > MAX_FILE_BYTES) throw new Error(`${full}: larger than ${MAX_FILE_BYTES} bytes`);
        files[rel] = await readFile(full, "utf8");
      }
    }
  }
  await walk(dir, "");
  return files;
}
