import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearDraft, debounce, draftKey, loadDraft, sameFiles, saveDraft, type DraftStorage } from "./drafts";

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const starter = { "app.py": "starter app", "models.py": "starter models" };
const at = new Date("2026-11-24T10:00:00Z");

describe("drafts", () => {
  it("round-trips the learner's files per exercise", () => {
    const storage = memoryStorage();
    saveDraft(storage, "ex-a", { "app.py": "mine", "models.py": "mine too" }, at);
    expect(loadDraft(storage, "ex-a", starter)).toEqual({ "app.py": "mine", "models.py": "mine too" });
    expect(loadDraft(storage, "ex-b", starter)).toBeNull();
  });

  it("fills files the draft lacks from the starter and drops files the starter no longer has", () => {
    const storage = memoryStorage();
    saveDraft(storage, "ex-a", { "app.py": "mine", "old.py": "gone" }, at);
    expect(loadDraft(storage, "ex-a", starter)).toEqual({ "app.py": "mine", "models.py": "starter models" });
  });

  it("ignores corrupt drafts", () => {
    const storage = memoryStorage();
    storage.setItem(draftKey("ex-a"), "{oops");
    expect(loadDraft(storage, "ex-a", starter)).toBeNull();
    storage.setItem(draftKey("ex-a"), JSON.stringify({ files: { "app.py": 42 } }));
    expect(loadDraft(storage, "ex-a", starter)).toBeNull();
  });

  it("clears a draft", () => {
    const storage = memoryStorage();
    saveDraft(storage, "ex-a", { "app.py": "mine" }, at);
    clearDraft(storage, "ex-a");
    expect(loadDraft(storage, "ex-a", starter)).toBeNull();
  });

  it("reports a failed save instead of throwing", () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(saveDraft(storage, "ex-a", starter, at)).toBe(false);
  });

  it("compares file sets", () => {
    expect(sameFiles(starter, { ...starter })).toBe(true);
    expect(sameFiles(starter, { ...starter, "app.py": "x" })).toBe(false);
    expect(sameFiles(starter, { "app.py": "starter app" })).toBe(false);
  });
});

describe("debounce", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("calls once with the last arguments after the delay", () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 500);
    debounced.call(1);
    debounced.call(2);
    vi.advanceTimersByTime(499);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledExactlyOnceWith(2);
  });

  it("flushes a pending call at once and does nothing when idle", () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 500);
    debounced.flush();
    expect(fn).not.toHaveBeenCalled();
    debounced.call("x");
    debounced.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith("x");
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("cancels a pending call", () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced.call();
    debounced.cancel();
    vi.advanceTimersByTime(200);
    expect(fn).not.toHaveBeenCalled();
  });
});
