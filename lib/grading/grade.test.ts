// gradeSubmission's own logic (what it sends, how it decides) against a
// recording double of `runTests`. The real sandbox is exercised by the
// content tests in tests/content/.
import { describe, expect, it } from "vitest";
import type { OperationOptions, SourceFiles, TestReport, TestRunOptions } from "../python-runtime/types";
import { formatFeedbackText } from "./format-text";
import { gradeSubmission } from "./grade";
import type { GradingTarget } from "./grade";
import { CREATED_FAILS, LIST_PASSES, report, testCase } from "./testing/reports";

const exercise: GradingTarget = {
  meta: {
    title: "Items",
    summary: "Build an items API with validation.",
    lesson: "fastapi-validation",
    framework: "fastapi",
    entry: "app.py",
    hints: ["hint"],
    timeLimitMs: 7000,
  },
  starter: { "app.py": "# starter" },
  hiddenTests: { "test_hidden.py": "def test_list_items(): ..." },
  hiddenTestIds: ["test_hidden.py::test_list_items", "test_hidden.py::test_create_item_returns_201"],
};

function recorder(result: TestReport) {
  const calls: { files: SourceFiles; tests: SourceFiles; options?: OperationOptions }[] = [];
  return {
    calls,
    runtime: {
      runTests: async (files: SourceFiles, tests: SourceFiles, options?: OperationOptions) => {
        calls.push({ files, tests, options });
        return result;
      },
    },
  };
}

describe("gradeSubmission", () => {
  it("runs the hidden tests on the learner's files with the exercise's time limit", async () => {
    const { runtime, calls } = recorder(report([LIST_PASSES, { ...CREATED_FAILS, outcome: "passed", message: null }]));
    const result = await gradeSubmission(runtime, exercise, { "app.py": "# mine", "conftest.py": "# sneaky" });
    expect(result.passed).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0].files).toEqual({ "app.py": "# mine" });
    expect(calls[0].tests).toBe(exercise.hiddenTests);
    expect(calls[0].options?.timeoutMs).toBe(7000);
    expect(result.feedback.ignoredFiles).toEqual(["conftest.py"]);
  });

  it("fails when a hidden test fails", async () => {
    const { runtime } = recorder(report([LIST_PASSES, CREATED_FAILS]));
    const result = await gradeSubmission(runtime, exercise, { "app.py": "# mine" });
    expect(result.passed).toBe(false);
    expect(result.feedback.checks.find((c) => c.outcome === "failed")?.id).toBe(CREATED_FAILS.id);
  });

  it("fails when a hidden test is missing from the report, even if the rest passed", async () => {
    const { runtime } = recorder(report([LIST_PASSES]));
    const result = await gradeSubmission(runtime, exercise, { "app.py": "# mine" });
    expect(result.report.ok).toBe(true);
    expect(result.passed).toBe(false);
    expect(result.feedback.problem?.kind).toBe("missing-tests");
  });
});

describe("gradeSubmission with known mistakes", () => {
  it("explains a failing check by the known wrong answer that fails it the same way", async () => {
    const { runtime } = recorder(report([LIST_PASSES, CREATED_FAILS]));
    const mistakes = [{ mustFail: [CREATED_FAILS.id], explanation: "Answers 200: a new item is 201.", requirement: "`201`" }];
    const result = await gradeSubmission(runtime, { ...exercise, mistakes }, { "app.py": "# mine" });
    const failed = result.feedback.checks.find((c) => c.id === CREATED_FAILS.id);
    expect(failed?.knownMistakes).toEqual([{ mistake: "Answers 200: a new item is 201.", requirement: "`201`" }]);
    expect(result.feedback.checks.find((c) => c.id === LIST_PASSES.id)?.knownMistakes).toBeUndefined();
  });

  it("adds nothing when no known wrong answer fails that way", async () => {
    const { runtime } = recorder(report([LIST_PASSES, CREATED_FAILS]));
    const mistakes = [{ mustFail: [CREATED_FAILS.id, LIST_PASSES.id], explanation: "Crashes.", requirement: null }];
    const result = await gradeSubmission(runtime, { ...exercise, mistakes }, { "app.py": "# mine" });
    expect(result.feedback.checks.every((c) => c.knownMistakes === undefined)).toBe(true);
  });
});

describe("gradeSubmission re-running failed checks alone", () => {
  // A runtime whose answer depends on the selection: the full run, then one run per selected check.
  function scripted(full: TestReport, alone: (id: string) => TestReport) {
    const selections: (readonly string[] | undefined)[] = [];
    return {
      selections,
      runtime: {
        runTests: async (_files: SourceFiles, _tests: SourceFiles, options?: TestRunOptions) => {
          selections.push(options?.select);
          return options?.select ? alone(options.select[0]) : full;
        },
      },
    };
  }

  it("marks a failed check that passes on its own: earlier checks left state behind", async () => {
    const { runtime, selections } = scripted(report([LIST_PASSES, CREATED_FAILS]), (id) => report([testCase({ id })]));
    const result = await gradeSubmission(runtime, exercise, { "app.py": "# mine" }, { recheckAloneUpTo: 2 });
    expect(selections).toEqual([undefined, [CREATED_FAILS.id]]);
    expect(result.passed).toBe(false);
    expect(result.feedback.checks.find((c) => c.id === CREATED_FAILS.id)?.passesAlone).toBe(true);
    expect(formatFeedbackText(result.feedback)).toContain("passes when it runs on its own");
  });

  it("does not mark a check that fails on its own too", async () => {
    const { runtime } = scripted(report([LIST_PASSES, CREATED_FAILS]), () => report([CREATED_FAILS]));
    const result = await gradeSubmission(runtime, exercise, { "app.py": "# mine" }, { recheckAloneUpTo: 2 });
    expect(result.feedback.checks.some((c) => c.passesAlone)).toBe(false);
  });

  it("reruns nothing by default, or when more checks fail than it may rerun", async () => {
    const both = report([{ ...LIST_PASSES, outcome: "failed", message: "x" }, CREATED_FAILS]);
    for (const upTo of [undefined, 1]) {
      const { runtime, selections } = scripted(both, (id) => report([testCase({ id })]));
      const result = await gradeSubmission(runtime, exercise, { "app.py": "# mine" }, { recheckAloneUpTo: upTo });
      expect(selections).toEqual([undefined]);
      expect(result.feedback.checks.some((c) => c.passesAlone)).toBe(false);
    }
  });
});
