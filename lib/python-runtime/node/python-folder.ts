// Reads a project folder the way the CLI, the bench and the tests need it:
// test files (test_*.py, *_test.py, conftest.py) apart from the rest, and
// every other text file too (Jinja templates, static files, JSON, pytest.ini),
// because real apps read them at run time. What cannot travel is reported,
// never dropped silently: binary files (the container receives text), files
// over the size limit, and tool folders (.git, virtualenvs, caches).
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isPytestFile } from "../../exercises/python-tests";
import type { SourceFiles } from "../types";

export const MAX_FILE_BYTES = 1024 * 1024;
const TOOL_FOLDERS = new Set(["__pycache__", "node_modules", "venv", "env", "site-packages"]);

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ProjectFolder {
  files: SourceFiles;
  tests: SourceFiles;
  skipped: SkippedFile[];
}

/** The tool's folder (hidden, a cache, a virtualenv) a path lies in, or null. */
function toolFolder(name: string): string | null {
  const folders = name.split("/").slice(0, -1);
  return folders.find((part) => part.startsWith(".") || TOOL_FOLDERS.has(part)) ?? null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The file's text, or why it cannot be sent as text. */
function asText(bytes: Buffer): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: "binary (the container receives text files only)" };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { reason: "not UTF-8 text (the container receives text files only)" };
  }
}

export async function readPythonFolder(dir: string): Promise<ProjectFolder> {
  const folder: ProjectFolder = { files: {}, tests: {}, skipped: [] };
  const names = (await readdir(dir, { recursive: true })).map((n) => n.split(path.sep).join("/"));
  for (const name of names.sort()) {
    const full = path.join(dir, name);
    const info = await stat(full);
    if (!info.isFile()) continue;
    const tool = toolFolder(name);
    if (tool) {
      // One line per tool folder is enough; its files are not the project's.
      if (!folder.skipped.some((s) => s.path === `${tool}/`)) folder.skipped.push({ path: `${tool}/`, reason: "a tool's folder" });
      continue;
    }
    if (info.size > MAX_FILE_BYTES) {
      folder.skipped.push({ path: name, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
      continue;
    }
    const content = asText(await readFile(full));
    if ("reason" in content) {
      folder.skipped.push({ path: name, reason: content.reason });
      continue;
    }
    (isPytestFile(name) ? folder.tests : folder.files)[name] = content.text;
  }
  return folder;
}
