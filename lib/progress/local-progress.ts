// Course progress kept in the browser (localStorage), so the course works
// without an account. One versioned JSON value under one key; anything that
// does not parse is treated as "no progress yet" rather than crashing the page.
import { z } from "zod";

export const PROGRESS_STORAGE_KEY = "course:progress:v1";
/** Fired on `window` when this tab changes progress (the `storage` event only reaches other tabs). */
export const PROGRESS_CHANGE_EVENT = "course:progress-change";

/** The part of `Storage` the store uses; tests pass an in-memory map. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

const ExerciseProgressSchema = z.object({
  completedAt: z.string().nullable().default(null),
  failedSubmissions: z.number().int().min(0).default(0),
});

const ProgressSchema = z.object({
  version: z.literal(1),
  exercises: z.record(z.string(), ExerciseProgressSchema).default({}),
  lastVisit: z
    .object({ lesson: z.string(), exercise: z.string().nullable(), at: z.string() })
    .nullable()
    .default(null),
});

export type ExerciseProgress = z.infer<typeof ExerciseProgressSchema>;
export type CourseProgress = z.infer<typeof ProgressSchema>;
export type LastVisit = NonNullable<CourseProgress["lastVisit"]>;

export const emptyProgress = (): CourseProgress => ({ version: 1, exercises: {}, lastVisit: null });

const NO_EXERCISE_PROGRESS: ExerciseProgress = { completedAt: null, failedSubmissions: 0 };

export function parseProgress(raw: string | null): CourseProgress {
  if (!raw) return emptyProgress();
  try {
    const parsed = ProgressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptyProgress();
  } catch {
    return emptyProgress();
  }
}

export function readProgress(storage: KeyValueStorage): CourseProgress {
  try {
    return parseProgress(storage.getItem(PROGRESS_STORAGE_KEY));
  } catch {
    // Storage can throw when disabled (private modes, blocked cookies).
    return emptyProgress();
  }
}

export function exerciseProgress(progress: CourseProgress, slug: string): ExerciseProgress {
  return progress.exercises[slug] ?? NO_EXERCISE_PROGRESS;
}

export function isExerciseComplete(progress: CourseProgress, slug: string): boolean {
  return exerciseProgress(progress, slug).completedAt !== null;
}

export interface LessonCompletion {
  done: number;
  total: number;
  /** True when the lesson has exercises and all of them are complete. */
  complete: boolean;
}

export function lessonCompletion(progress: CourseProgress, exerciseSlugs: readonly string[]): LessonCompletion {
  const done = exerciseSlugs.filter((slug) => isExerciseComplete(progress, slug)).length;
  return { done, total: exerciseSlugs.length, complete: exerciseSlugs.length > 0 && done === exerciseSlugs.length };
}

// Pure updates: each returns a new value, so React state and tests can compare them.

export function withExerciseComplete(progress: CourseProgress, slug: string, at: Date): CourseProgress {
  const current = exerciseProgress(progress, slug);
  // The first completion is the one worth remembering.
  if (current.completedAt) return progress;
  return { ...progress, exercises: { ...progress.exercises, [slug]: { ...current, completedAt: at.toISOString() } } };
}

export function withFailedSubmission(progress: CourseProgress, slug: string): CourseProgress {
  const current = exerciseProgress(progress, slug);
  return {
    ...progress,
    exercises: { ...progress.exercises, [slug]: { ...current, failedSubmissions: current.failedSubmissions + 1 } },
  };
}

/** An exercise the learner's account has passed (from GET /api/progress). */
export interface AccountPass {
  exerciseSlug: string;
  firstPassedAt: string;
}

/**
 * Marks what the account has passed (verified by the server) as complete in
 * this browser too, so the outline and "continue" agree on every device.
 * Returns `progress` itself when nothing changes.
 */
export function withAccountPasses(progress: CourseProgress, passes: readonly AccountPass[]): CourseProgress {
  let next = progress;
  for (const pass of passes) {
    const at = new Date(pass.firstPassedAt);
    if (!Number.isNaN(at.getTime())) next = withExerciseComplete(next, pass.exerciseSlug, at);
  }
  return next;
}

export function withVisit(progress: CourseProgress, lesson: string, exercise: string | null, at: Date): CourseProgress {
  return { ...progress, lastVisit: { lesson, exercise, at: at.toISOString() } };
}

/** Reads, applies `update`, writes back and tells this tab's listeners. Returns the new value. */
export function updateProgress(
  storage: KeyValueStorage,
  update: (progress: CourseProgress) => CourseProgress,
  notify: () => void = notifyProgressChange,
): CourseProgress {
  const before = readProgress(storage);
  const after = update(before);
  if (after === before) return before;
  try {
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(after));
  } catch {
    // Quota or disabled storage: progress stays for this page view only.
  }
  notify();
  return after;
}

function notifyProgressChange(): void {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(PROGRESS_CHANGE_EVENT));
}

/** Subscribes to progress changes from this tab and from other tabs; returns the unsubscribe function. */
export function subscribeToProgress(onChange: () => void): () => void {
  if (typeof window === "undefined") return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === PROGRESS_STORAGE_KEY) onChange();
  };
  window.addEventListener(PROGRESS_CHANGE_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(PROGRESS_CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}
