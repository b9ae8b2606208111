"use client";
// Local course progress as React state, shared by the workspace and the
// navigation, updated across components and tabs.
import { useMemo, useSyncExternalStore } from "react";
import { PROGRESS_STORAGE_KEY, parseProgress, subscribeToProgress, type CourseProgress } from "@/lib/progress/local-progress";

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Progress from localStorage; the server render (and the first client render) sees none. */
export function useLocalProgress(): CourseProgress {
  // The raw string is the snapshot: stable between changes, cheap to compare.
  const raw = useSyncExternalStore(subscribeToProgress, readRaw, () => null);
  return useMemo(() => parseProgress(raw), [raw]);
}
