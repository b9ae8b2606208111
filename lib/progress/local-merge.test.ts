import { describe, expect, it } from "vitest";
import { draftKey } from "../workspace/drafts";
import { PROGRESS_STORAGE_KEY } from "./local-progress";
import { collectLocalWork } from "./local-merge";

function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    get length() {
      return map.size;
    },
    key: (index: number) => [...map.keys()][index] ?? null,
  };
}

describe("collectLocalWork", () => {
  it("pairs completed exercises and drafts, code included", () => {
    const storage = memoryStorage({
      [PROGRESS_STORAGE_KEY]: JSON.stringify({ version: 1, exercises: { "ex-a": { completedAt: "2026-01-01T00:00:00.000Z", failedSubmissions: 0 }, "ex-b": { completedAt: null, failedSubmissions: 2 } } }),
      [draftKey("ex-a")]: JSON.stringify({ files: { "app.py": "solved" }, savedAt: "2026-01-01T00:00:00.000Z" }),
      [draftKey("ex-c")]: JSON.stringify({ files: { "app.py": "draft" }, savedAt: "2026-01-01T00:00:00.000Z" }),
      unrelated: "x",
    });
    expect(collectLocalWork(storage)).toEqual([
      { exerciseSlug: "ex-a", files: { "app.py": "solved" }, passed: true },
      { exerciseSlug: "ex-b", files: undefined, passed: false },
      { exerciseSlug: "ex-c", files: { "app.py": "draft" }, passed: false },
    ]);
  });

  it("skips unreadable drafts and progress", () => {
    const storage = memoryStorage({ [PROGRESS_STORAGE_KEY]: "{not json", [draftKey("ex-a")]: "{broken" });
    expect(collectLocalWork(storage)).toEqual([{ exerciseSlug: "ex-a", files: undefined, passed: false }]);
  });
});
