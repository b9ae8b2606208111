// The rules for the playground's project: which files a learner may add or
// delete, how much it may hold, which files are tests, and what this browser
// keeps of it. Every rule answers with a sentence a learner can act on.
import { z } from "zod";
import { isPytestFile } from "../exercises/python-tests";
import type { KeyValueStorage } from "../progress/local-progress";
import type { SourceFiles } from "../python-runtime/types";
import { fileExtension, KNOWN_EXTENSIONS } from "./file-language";

/** The program Run starts; the starter's tests import it, so it always exists. */
export const ENTRY_FILE = "app.py";

/**
 * Small enough for localStorage (about 5 MB per site, shared with the
 * exercises' drafts) and far inside what one run can carry; 256 KB per file
 * matches an exercise's file limit (lib/exercises/read-files.ts). Paths as
 * long as the grading endpoint accepts.
 */
export const PLAYGROUND_LIMITS = { files: 30, fileBytes: 256 * 1024, totalBytes: 1024 * 1024, pathLength: 120 } as const;

/**
 * "256 KB", "1 MB", "300.5 KB": sizes as the limits are written. Rounded up,
 * so a file one byte over 256 KB reads "256.1 KB", never "256 KB".
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.ceil((bytes / (1024 * 1024)) * 100) / 100} MB`;
  return `${Math.ceil((bytes / 1024) * 10) / 10} KB`;
}

/** Limits in words, for the page's footer. */
export const LIMITS_IN_WORDS = `up to ${PLAYGROUND_LIMITS.files} files, ${formatBytes(PLAYGROUND_LIMITS.fileBytes)} each, ${formatBytes(PLAYGROUND_LIMITS.totalBytes)} in all`;

/** The UTF-8 size of `text`, counted without copying it (this runs as the learner types). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character outside the BMP
      index++;
    } else bytes += 3;
  }
  return bytes;
}

const FOLDER_NAME = /^[\w-]+$/;
// As SAFE_PATH in lib/grading/submission.ts: ordinary names, dots only between parts.
const FILE_NAME = /^[\w-]+(?:\.[\w-]+)*$/;
const EXTENSIONS_IN_WORDS = KNOWN_EXTENSIONS.map((extension) => `.${extension}`).join(" ");

/**
 * Why `path` is not an ordinary relative path the playground can keep, or
 * null. The same shape as graded submissions accept: no `..`, no absolute
 * paths, no hidden files, names of letters, digits, `_`, `-` and dots.
 */
export function pathProblem(path: string): string | null {
  if (path.trim() === "") return "Type a path for the new file, for example templates/index.html.";
  if (path.length > PLAYGROUND_LIMITS.pathLength) {
    return `The path is ${path.length} characters long; a path may have at most ${PLAYGROUND_LIMITS.pathLength}.`;
  }
  if (/\s/.test(path)) return "A path cannot contain spaces: use _ or - instead, for example my_notes.txt.";
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) {
    return "Use a path inside the project, like templates/index.html: it cannot start at the root (/ or C:).";
  }
  if (path.includes("\\")) return "Separate folders with /, not \\, for example templates/index.html.";
  const parts = path.split("/");
  if (parts.includes("..")) return "“..” would lead out of the project: name a file inside it, like templates/index.html.";
  const hidden = parts.find((part) => part.startsWith("."));
  if (hidden) return `Names that start with a dot (hidden files such as .env) are not kept: “${hidden}”.`;
  if (parts.at(-1) === "") return "The path ends with /: add the file's name, for example templates/index.html.";
  if (parts.includes("")) return "The path has an empty folder name (//): remove the extra /.";
  const odd = /[^\w./-]/.exec(path);
  if (odd) return `“${odd[0]}” cannot be used in a path: use letters, digits, _, - and a dot before the extension.`;
  const folder = parts.slice(0, -1).find((part) => !FOLDER_NAME.test(part));
  if (folder) return `Folder names use letters, digits, _ and - only (no dots): “${folder}/”.`;
  if (!FILE_NAME.test(parts.at(-1)!)) return `“${parts.at(-1)}” cannot end with a dot or have two dots in a row.`;
  return null;
}

/** Why the editor cannot hold `path`'s kind of file, or null. */
export function kindProblem(path: string): string | null {
  const extension = fileExtension(path);
  const name = path.split("/").at(-1);
  if (extension === null) return `Give “${name}” an extension, so the editor knows what it holds: ${EXTENSIONS_IN_WORDS}.`;
  if (!KNOWN_EXTENSIONS.includes(extension)) {
    return `The playground keeps text files the editor knows (${EXTENSIONS_IN_WORDS}); “.${extension}” is not one of them.`;
  }
  return null;
}

/**
 * Why `path` cannot be added beside `files`, or null: the project is full,
 * the path or kind is not allowed, or the file exists. A file and a folder
 * cannot clash: a file's name has an extension (a dot), a folder's has none.
 */
export function newFileProblem(path: string, files: SourceFiles): string | null {
  const count = Object.keys(files).length;
  if (count >= PLAYGROUND_LIMITS.files) {
    return `The playground holds at most ${PLAYGROUND_LIMITS.files} files and has ${count}: delete one before adding another.`;
  }
  const problem = pathProblem(path) ?? kindProblem(path);
  if (problem) return problem;
  if (Object.hasOwn(files, path)) return `${path} already exists: pick another name, or open its tab.`;
  return null;
}

/** Why `path` cannot be deleted, or null. */
export function deleteProblem(path: string, files: SourceFiles): string | null {
  if (!Object.hasOwn(files, path)) return `${path} is not one of the playground's files.`;
  if (path === ENTRY_FILE) {
    return `${ENTRY_FILE} cannot be deleted: Run starts it and the tests import it. Empty it, or use Reset to the example, to start over.`;
  }
  return null;
}

/** Every size or count limit `files` breaks, one sentence each (empty when none). */
export function sizeProblems(files: SourceFiles): string[] {
  const problems: string[] = [];
  const count = Object.keys(files).length;
  if (count > PLAYGROUND_LIMITS.files) problems.push(`There are ${count} files; the playground holds at most ${PLAYGROUND_LIMITS.files}.`);
  let total = 0;
  for (const [name, source] of Object.entries(files)) {
    const bytes = utf8Bytes(source);
    total += bytes;
    if (bytes > PLAYGROUND_LIMITS.fileBytes) {
      problems.push(`${name} is ${formatBytes(bytes)}; a file may hold at most ${formatBytes(PLAYGROUND_LIMITS.fileBytes)}.`);
    }
  }
  if (total > PLAYGROUND_LIMITS.totalBytes) {
    problems.push(`The files add up to ${formatBytes(total)}; together they may hold at most ${formatBytes(PLAYGROUND_LIMITS.totalBytes)}.`);
  }
  return problems;
}

/**
 * The project split for the runtime: the program's files (everything but the
 * tests, so app.py can read templates/, static/, data files and pytest.ini)
 * and the test files.
 */
export function splitProgramAndTests(files: SourceFiles): { program: SourceFiles; tests: SourceFiles } {
  const program: SourceFiles = {};
  const tests: SourceFiles = {};
  for (const [name, source] of Object.entries(files)) (isPytestFile(name) ? tests : program)[name] = source;
  return { program, tests };
}

// ---- What this browser keeps ----

export const PLAYGROUND_STORAGE_KEY = "course:playground:v2";
/** Before the playground held a project: exactly app.py and test_app.py. */
export const LEGACY_PLAYGROUND_STORAGE_KEY = "course:playground:v1";

/** The stored document. Each file is checked on its own (storedFile), so one bad entry does not cost the others. */
export const storedPlaygroundSchema = z.object({ files: z.record(z.string(), z.unknown()) });
const legacyPlaygroundSchema = z.object({ "app.py": z.string(), "test_app.py": z.string() });

const storedFile = z.object({
  path: z.string().superRefine((path, context) => {
    const problem = pathProblem(path) ?? kindProblem(path);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }),
  source: z.string({ error: "its content is not text" }).refine((source) => utf8Bytes(source) <= PLAYGROUND_LIMITS.fileBytes, {
    message: `larger than ${formatBytes(PLAYGROUND_LIMITS.fileBytes)}`,
  }),
});

export interface RestoredPlayground {
  files: SourceFiles;
  /** What could not be restored and why, for the learner; null when everything came back. */
  notice: string | null;
}

/**
 * The files kept in this browser, each checked on its own: files with a bad
 * path, a kind the editor does not know or too much content are left out (and
 * named), the rest are kept within the count and total limits. app.py comes
 * from the starter when the saved copy lacks it. Nothing saved: the starter.
 */
export function loadPlaygroundFiles(storage: KeyValueStorage, starter: SourceFiles): RestoredPlayground {
  let raw: string | null;
  let legacy: string | null;
  try {
    raw = storage.getItem(PLAYGROUND_STORAGE_KEY);
    legacy = raw === null ? storage.getItem(LEGACY_PLAYGROUND_STORAGE_KEY) : null;
  } catch {
    return { files: starter, notice: "This browser does not let the course read its storage, so the playground starts from the example." };
  }
  if (raw === null && legacy === null) return { files: starter, notice: null };
  const unreadable = { files: starter, notice: "The playground saved in this browser could not be read, so it starts from the example." };
  let document: unknown;
  try {
    document = JSON.parse(raw ?? legacy!);
  } catch {
    return unreadable;
  }
  if (raw === null) {
    const old = legacyPlaygroundSchema.safeParse(document);
    return old.success ? restoreFiles(old.data, starter) : unreadable;
  }
  const parsed = storedPlaygroundSchema.safeParse(document);
  return parsed.success ? restoreFiles(parsed.data.files, starter) : unreadable;
}

function restoreFiles(stored: Record<string, unknown>, starter: SourceFiles): RestoredPlayground {
  const files: SourceFiles = {};
  const dropped: string[] = [];
  let total = 0;
  for (const [path, source] of Object.entries(stored)) {
    const file = storedFile.safeParse({ path, source });
    if (!file.success) {
      dropped.push(`${path} (${file.error.issues[0].message})`);
      continue;
    }
    const bytes = utf8Bytes(file.data.source);
    if (Object.keys(files).length >= PLAYGROUND_LIMITS.files) dropped.push(`${path} (more than ${PLAYGROUND_LIMITS.files} files)`);
    else if (total + bytes > PLAYGROUND_LIMITS.totalBytes) dropped.push(`${path} (over ${formatBytes(PLAYGROUND_LIMITS.totalBytes)} in all)`);
    else {
      files[path] = file.data.source;
      total += bytes;
    }
  }
  const notice = dropped.length ? `Some files saved in this browser could not be restored: ${dropped.join("; ")}.` : null;
  // Run needs app.py; a missing one comes back first, where the tabs show it.
  return { files: Object.hasOwn(files, ENTRY_FILE) ? files : { [ENTRY_FILE]: starter[ENTRY_FILE] ?? "", ...files }, notice };
}

export type SaveOutcome = { saved: true } | { saved: false; message: string };

/**
 * Keeps `files` in this browser. Refused, with the reason, when they break a
 * limit (the last copy within the limits stays) or the storage will not take
 * them (full, or blocked): the caller shows the message, so nothing is lost
 * without the learner knowing.
 */
export function savePlaygroundFiles(storage: KeyValueStorage, files: SourceFiles): SaveOutcome {
  const problems = sizeProblems(files);
  if (problems.length) {
    return { saved: false, message: `Not saved in this browser until the files fit: ${problems.join(" ")}` };
  }
  try {
    storage.setItem(PLAYGROUND_STORAGE_KEY, JSON.stringify({ files }));
    return { saved: true };
  } catch (error) {
    return { saved: false, message: storageFailureMessage(error) };
  }
}

/** Browsers name a full storage differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED; old WebKit: code 22). */
function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

export function storageFailureMessage(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return "This browser's storage for the course is full, so your latest changes are not saved: they last until you close this page. Delete a large file here, or clear other sites' data, then type again to save.";
  }
  return "This browser does not let the course save (private browsing or blocked site data): your changes last until you close this page.";
}
