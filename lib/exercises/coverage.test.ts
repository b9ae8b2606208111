import { describe, expect, it } from "vitest";
import { coverage, formatCoverage } from "./coverage";
import type { GradableExercise } from "./types";

function exercise(slug: string, requirements: { wrong: string }[], wrong: string[], alternatives: string[]): GradableExercise {
  return {
    slug,
    meta: {
      title: slug,
      summary: "An exercise for the coverage summary.",
      lesson: "demo",
      framework: "flask",
      entry: "app.py",
      hints: ["h"],
      timeLimitMs: 5000,
      requirements: requirements.map((r) => ({ says: "a requirement sentence", wrong: r.wrong, test: "test_hidden.py::test_x" })),
    },
    instructions: "",
    starter: {},
    solution: {},
    visibleTests: {},
    hiddenTests: {},
    hiddenTestIds: [],
    wrongAnswers: wrong.map((name) => ({ name, mustFail: ["test_hidden.py::test_x"], explanation: "wrong", files: {} })),
    alternatives: alternatives.map((name) => ({ name, files: {} })),
  };
}

describe("coverage", () => {
  it("counts requirements whose wrong answer failed, failing wrong answers and passing alternatives", () => {
    const exercises = [exercise("one", [{ wrong: "a" }, { wrong: "b" }], ["a", "b", "c"], ["alt"]), exercise("two", [], ["d"], [])];
    const verdicts = {
      wrongAnswers: new Map([
        ["one", new Map([["a", true], ["b", false], ["c", true]])],
        ["two", new Map([["d", true]])],
      ]),
      alternatives: new Map([["one", new Map([["alt", true]])]]),
    };
    const result = coverage(exercises, verdicts);
    expect(result).toEqual({
      exercisesWithRequirements: { done: 1, of: 2 },
      requirementsCovered: { done: 1, of: 2 },
      wrongAnswersFailing: { done: 3, of: 4 },
      exercisesWithAlternatives: { done: 1, of: 2 },
      alternativesPassing: { done: 1, of: 1 },
    });
    expect(formatCoverage(result)).toContain("requirements covered                  1 / 2    50%");
  });

  it("counts a check that did not run as not done", () => {
    const result = coverage([exercise("one", [{ wrong: "a" }], ["a"], ["alt"])], { wrongAnswers: new Map(), alternatives: new Map() });
    expect(result.requirementsCovered).toEqual({ done: 0, of: 1 });
    expect(result.alternativesPassing).toEqual({ done: 0, of: 1 });
  });
});
