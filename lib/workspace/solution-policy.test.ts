import { describe, expect, it } from "vitest";
import { canOfferSolution, solutionLockedMessage } from "./solution-policy";

describe("canOfferSolution", () => {
  it("offers the solution after a pass", () => {
    expect(canOfferSolution({ completed: true, failedSubmissions: 0 })).toBe(true);
  });

  it("offers it after three failed submissions, not before", () => {
    expect(canOfferSolution({ completed: false, failedSubmissions: 2 })).toBe(false);
    expect(canOfferSolution({ completed: false, failedSubmissions: 3 })).toBe(true);
  });

  it("says how many submissions are left", () => {
    expect(solutionLockedMessage(0)).toMatch(/after 3 more submissions/);
    expect(solutionLockedMessage(2)).toMatch(/after 1 more submission\./);
  });
});
