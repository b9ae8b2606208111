import { describe, expect, it } from "vitest";
import { bootPercent } from "./boot-progress";

describe("bootPercent", () => {
  it("starts at 0 and ends at 100", () => {
    expect(bootPercent(null)).toBe(0);
    expect(bootPercent({ phase: "download", message: "" })).toBe(0);
    expect(bootPercent({ phase: "ready", message: "" })).toBe(100);
  });

  it("fills each phase's slice from loaded/total", () => {
    expect(bootPercent({ phase: "download", loaded: 50, total: 100, message: "" })).toBe(17);
    expect(bootPercent({ phase: "start", message: "" })).toBe(33);
    expect(bootPercent({ phase: "packages", loaded: 3, total: 3, message: "" })).toBe(100);
  });

  it("clamps nonsense counts", () => {
    expect(bootPercent({ phase: "download", loaded: 500, total: 100, message: "" })).toBe(33);
    expect(bootPercent({ phase: "download", loaded: 5, total: 0, message: "" })).toBe(0);
  });
});
