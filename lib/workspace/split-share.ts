// How the workspace shares its height between the editor and the results
// (components/workspace/split-view.tsx): the editor's fraction, kept within
// bounds that leave both usable, and remembered per workspace kind.
import type { KeyValueStorage } from "../progress/local-progress";

export const DEFAULT_EDITOR_SHARE = 0.58;
export const MIN_SHARE = 0.2;
export const MAX_SHARE = 0.8;
const STEP = 0.05;

const storageKey = (name: string) => `course:split:v1:${name}`;

export function clampShare(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_EDITOR_SHARE;
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, Math.round(value * 1000) / 1000));
}

export function readSplitShare(storage: KeyValueStorage, name: string): number {
  try {
    const raw = storage.getItem(storageKey(name));
    return raw === null ? DEFAULT_EDITOR_SHARE : clampShare(Number(raw));
  } catch {
    return DEFAULT_EDITOR_SHARE;
  }
}

export function writeSplitShare(storage: KeyValueStorage, name: string, share: number): void {
  try {
    storage.setItem(storageKey(name), String(clampShare(share)));
  } catch {
    // Without storage the split lasts for this page only.
  }
}

/**
 * The share after a key press on the separator (WAI-ARIA window splitter):
 * Up/Down move it a step, Home/End to the limits, Enter back to the default;
 * null for other keys.
 */
export function shareForKey(key: string, share: number): number | null {
  switch (key) {
    case "ArrowUp":
      return clampShare(share - STEP);
    case "ArrowDown":
      return clampShare(share + STEP);
    case "Home":
      return MIN_SHARE;
    case "End":
      return MAX_SHARE;
    case "Enter":
      return DEFAULT_EDITOR_SHARE;
    default:
      return null;
  }
}
