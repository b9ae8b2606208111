import { describe, expect, it, vi } from "vitest";
import {
  withAccountPasses,
  PROGRESS_STORAGE_KEY,
  emptyProgress,
  exerciseProgress,
  isExerciseComplete,
  lessonCompletion,
  parseProgress,
  readProgress,
  updateProgress,
  withExerciseComplete,
  withFailedSubmission,
  withVisit,
  type KeyValueStorage,
} from "./local-progress";

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

const at = new Date("2026-11-24T10:00:00.000Z");

describe("parseProgress", () => {
  it("starts empty without stored data", () => {
    expect(parseProgress(null)).toEqual(emptyProgress());
  });

  it("treats malformed JSON or an unknown version as no progress", () => {
    expect(parseProgress("{not json")).toEqual(emptyProgress());
    expect(parseProgress(JSON.stringify({ version: 2, exercises: {} }))).toEqual(emptyProgress());
    expect(parseProgress(JSON.stringify({ version: 1, exercises: { a: { failedSubmissions: -1 } } }))).toEqual(emptyProgress());
  });

  it("fills defaults for fields an older tab did not write", () => {
    const progress = parseProgress(JSON.stringify({ version: 1, exercises: { a: {} } }));
    expect(progress.exercises.a).toEqual({ completedAt: null, failedSubmissions: 0 });
    expect(progress.lastVisit).toBeNull();
  });
});

describe("updates", () => {
  it("marks an exercise complete once and keeps the first date", () => {
    const first = withExerciseComplete(emptyProgress(), "flask-hello-routes", at);
    expect(isExerciseComplete(first, "flask-hello-routes")).toBe(true);
    const again = withExerciseComplete(first, "flask-hello-routes", new Date("2027-01-01T00:00:00Z"));
    expect(again).toBe(first);
    expect(exerciseProgress(again, "flask-hello-routes").completedAt).toBe(at.toISOString());
  });

  it("counts failed submissions per exercise", () => {
    let progress = emptyProgress();
    progress = withFailedSubmission(progress, "a");
    progress = withFailedSubmission(progress, "a");
    progress = withFailedSubmission(progress, "b");
    expect(exerciseProgress(progress, "a").failedSubmissions).toBe(2);
    expect(exerciseProgress(progress, "b").failedSubmissions).toBe(1);
    expect(exerciseProgress(progress, "c").failedSubmissions).toBe(0);
  });

  it("records the last visit", () => {
    const progress = withVisit(emptyProgress(), "flask-routing", "flask-hello-routes", at);
    expect(progress.lastVisit).toEqual({ lesson: "flask-routing", exercise: "flask-hello-routes", at: at.toISOString() });
  });
});

describe("lessonCompletion", () => {
  it("counts completed exercises of a lesson", () => {
    const progress = withExerciseComplete(emptyProgress(), "a", at);
    expect(lessonCompletion(progress, ["a", "b"])).toEqual({ done: 1, total: 2, complete: false });
    expect(lessonCompletion(progress, ["a"])).toEqual({ done: 1, total: 1, complete: true });
  });

  it("never calls a lesson without exercises complete", () => {
    expect(lessonCompletion(emptyProgress(), [])).toEqual({ done: 0, total: 0, complete: false });
  });
});

describe("storage round trip", () => {
  it("writes, notifies and reads back", () => {
    const storage = memoryStorage();
    const notify = vi.fn();
    updateProgress(storage, (p) => withExerciseComplete(p, "a", at), notify);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.data[PROGRESS_STORAGE_KEY]).exercises.a.completedAt).toBe(at.toISOString());
    expect(isExerciseComplete(readProgress(storage), "a")).toBe(true);
  });

  it("does not write or notify when nothing changed", () => {
    const storage = memoryStorage();
    updateProgress(storage, (p) => withExerciseComplete(p, "a", at), () => {});
    const notify = vi.fn();
    const setItem = vi.spyOn(storage, "setItem");
    updateProgress(storage, (p) => withExerciseComplete(p, "a", at), notify);
    expect(notify).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();
  });

  it("survives storage that throws", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(readProgress(broken)).toEqual(emptyProgress());
    const after = updateProgress(broken, (p) => withFailedSubmission(p, "a"), () => {});
    expect(exerciseProgress(after, "a").failedSubmissions).toBe(1);
  });
});

describe("withAccountPasses", () => {
  it("marks what the account passed as complete, keeping an earlier local completion", () => {
    const local = withExerciseComplete(emptyProgress(), "a", new Date("2026-01-01T00:00:00Z"));
    const merged = withAccountPasses(local, [
      { exerciseSlug: "a", firstPassedAt: "2026-02-01T00:00:00.000Z" },
      { exerciseSlug: "b", firstPassedAt: "2026-02-02T00:00:00.000Z" },
      { exerciseSlug: "c", firstPassedAt: "not a date" },
    ]);
    expect(exerciseProgress(merged, "a").completedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(exerciseProgress(merged, "b").completedAt).toBe("2026-02-02T00:00:00.000Z");
    expect(exerciseProgress(merged, "c").completedAt).toBeNull();
  });

  it("returns the same value when nothing changes, so no write happens", () => {
    const progress = emptyProgress();
    expect(withAccountPasses(progress, [])).toBe(progress);
  });
});
