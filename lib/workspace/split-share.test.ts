import { describe, expect, it } from "vitest";
import { clampShare, DEFAULT_EDITOR_SHARE, MAX_SHARE, MIN_SHARE, readSplitShare, shareForKey, writeSplitShare } from "./split-share";

const memory = () => {
  const map = new Map<string, string>();
  return { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value) };
};

describe("split share", () => {
  it("keeps both panes usable", () => {
    expect(clampShare(0.05)).toBe(MIN_SHARE);
    expect(clampShare(0.99)).toBe(MAX_SHARE);
    expect(clampShare(Number.NaN)).toBe(DEFAULT_EDITOR_SHARE);
    expect(clampShare(0.4567)).toBe(0.457);
  });

  it("is remembered per workspace, and anything unreadable is the default", () => {
    const storage = memory();
    expect(readSplitShare(storage, "lesson")).toBe(DEFAULT_EDITOR_SHARE);
    writeSplitShare(storage, "lesson", 0.3);
    expect(readSplitShare(storage, "lesson")).toBe(0.3);
    expect(readSplitShare(storage, "playground")).toBe(DEFAULT_EDITOR_SHARE);
    storage.setItem("course:split:v1:lesson", "wide");
    expect(readSplitShare(storage, "lesson")).toBe(DEFAULT_EDITOR_SHARE);
  });

  it("moves with the window-splitter keys", () => {
    expect(shareForKey("ArrowUp", 0.5)).toBeCloseTo(0.45);
    expect(shareForKey("ArrowDown", 0.78)).toBe(MAX_SHARE);
    expect(shareForKey("Home", 0.5)).toBe(MIN_SHARE);
    expect(shareForKey("End", 0.5)).toBe(MAX_SHARE);
    expect(shareForKey("Enter", 0.3)).toBe(DEFAULT_EDITOR_SHARE);
    expect(shareForKey("a", 0.5)).toBeNull();
  });
});
