// The learner's code per exercise, autosaved in localStorage so a reload (or
// closing the tab) loses nothing. Drafts remember which starter they were
// written against: when the starter's file names change, a stale draft would
// hide new files, so missing files are filled from the starter.
import type { SourceFiles } from "../python-runtime/types";
import type { KeyValueStorage } from "../progress/local-progress";

const DRAFT_PREFIX = "course:draft:v1:";

export type DraftStorage = KeyValueStorage & Pick<Storage, "removeItem">;

export const draftKey = (exerciseSlug: string) => `${DRAFT_PREFIX}${exerciseSlug}`;

interface StoredDraft {
  files: SourceFiles;
  savedAt: string;
}

function isSourceFiles(value: unknown): value is SourceFiles {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((source) => typeof source === "string")
  );
}

/**
 * The saved files laid over the starter: starter files the draft lacks come
 * from the starter, and files the starter no longer has are dropped (the
 * tests would not look at them). Null when there is no usable draft.
 */
export function loadDraft(storage: KeyValueStorage, exerciseSlug: string, starter: SourceFiles): SourceFiles | null {
  let raw: string | null;
  try {
    raw = storage.getItem(draftKey(exerciseSlug));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as Partial<StoredDraft>;
    if (!isSourceFiles(stored.files)) return null;
    const files: SourceFiles = {};
    for (const name of Object.keys(starter)) files[name] = stored.files[name] ?? starter[name];
    return files;
  } catch {
    return null;
  }
}

export function saveDraft(storage: KeyValueStorage, exerciseSlug: string, files: SourceFiles, at: Date): boolean {
  const stored: StoredDraft = { files, savedAt: at.toISOString() };
  try {
    storage.setItem(draftKey(exerciseSlug), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, exerciseSlug: string): void {
  try {
    storage.removeItem(draftKey(exerciseSlug));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

export function sameFiles(a: SourceFiles, b: SourceFiles): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

/** Calls `fn` once `delayMs` after the last call; `flush` runs a pending call now. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const run = () => {
    timer = null;
    if (pending) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  return {
    call(...args: A) {
      pending = args;
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, delayMs);
    },
    flush() {
      if (timer) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
