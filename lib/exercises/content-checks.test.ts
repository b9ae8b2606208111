// The content checks' verdict logic, against a scripted `runTests`: each
// check must be able to fail. The real runtime runs them in tests/content/.
import { describe, expect, it } from "vitest";
import type { SourceFiles, TestReport } from "../python-runtime/types";
import { report, testCase } from "../grading/testing/reports";
import { planContentChecks, staticProblems } from "./content-checks";
import type { GradableExercise } from "./types";

const HIDDEN = ["test_hidden.py::test_ok", "test_hidden.py::test_created"];

function exercise(wrongNames = ["a", "b"], alternativeNames: string[] = []): GradableExercise {
  return {
    slug: "demo",
    meta: {
      title: "Demo",
      summary: "A demo exercise for the check logic.",
      lesson: "demo",
      framework: "flask",
      entry: "app.py",
      hints: ["h"],
      timeLimitMs: 5000,
    },
    instructions: "Do it.",
    starter: { "app.py": "starter" },
    solution: { "app.py": "solution" },
    visibleTests: { "test_visible.py": "def test_ok():\n    pass\n" },
    hiddenTests: { "test_hidden.py": "..." },
    hiddenTestIds: HIDDEN,
    wrongAnswers: wrongNames.map((name) => ({
      name,
      mustFail: ["test_hidden.py::test_created"],
      explanation: "Answers 200.",
      files: { "app.py": `wrong-${name}` },
    })),
    alternatives: alternativeNames.map((name) => ({ name, files: { "app.py": `alternative-${name}` } })),
  };
}

/** A runtime whose verdict depends on the app.py "source": `verdicts[source]` lists the failing tests. */
function scripted(verdicts: Record<string, string[] | "syntax">) {
  return {
    runTests: async (files: SourceFiles, tests: SourceFiles): Promise<TestReport> => {
      const verdict = verdicts[files["app.py"]] ?? [];
      if (verdict === "syntax") return report([], { kind: "syntax", message: "invalid syntax", traceback: [] });
      const ids = tests["test_visible.py"] ? ["test_visible.py::test_ok"] : HIDDEN;
      return report(ids.map((id) => testCase({ id, outcome: verdict.includes(id) ? "failed" : "passed" })));
    },
  };
}

async function runAll(ex: GradableExercise, runtime: ReturnType<typeof scripted>) {
  const results: Record<string, boolean> = {};
  for (const check of planContentChecks(ex)) results[check.name] = (await check.run(runtime)).ok;
  return results;
}

describe("planContentChecks", () => {
  const good = scripted({ starter: ["test_hidden.py::test_created"], "wrong-a": [HIDDEN[1]], "wrong-b": [HIDDEN[1]] });

  it("passes a sound exercise", async () => {
    expect(Object.values(await runAll(exercise(), good))).toEqual([true, true, true, true, true, true]);
  });

  it("fails when the starter already passes", async () => {
    const results = await runAll(exercise(), scripted({ "wrong-a": [HIDDEN[1]], "wrong-b": [HIDDEN[1]] }));
    expect(results["starter fails at least one hidden test, and loads cleanly"]).toBe(false);
  });

  it("fails when the starter does not load", async () => {
    const results = await runAll(exercise(), scripted({ starter: "syntax", "wrong-a": [HIDDEN[1]], "wrong-b": [HIDDEN[1]] }));
    expect(results["starter fails at least one hidden test, and loads cleanly"]).toBe(false);
  });

  it("fails when the solution fails a hidden test", async () => {
    const results = await runAll(exercise(), scripted({ solution: [HIDDEN[0]], starter: [HIDDEN[1]] }));
    expect(results["solution passes the hidden tests"]).toBe(false);
  });

  it("fails a wrong answer that the named test accepts, or that only crashes", async () => {
    const checks = planContentChecks(exercise());
    const runtime = scripted({ starter: [HIDDEN[1]], "wrong-a": [HIDDEN[0]], "wrong-b": "syntax" });
    const a = await checks[4].run(runtime);
    const b = await checks[5].run(runtime);
    expect(a).toEqual({ ok: false, detail: expect.stringContaining("these hidden tests accept it: test_hidden.py::test_created") });
    expect(b).toEqual({ ok: false, detail: expect.stringContaining("does not run cleanly") });
  });
});

describe("alternative solutions", () => {
  const verdicts = { starter: [HIDDEN[1]], "wrong-a": [HIDDEN[1]], "wrong-b": [HIDDEN[1]] };

  it("pass when every visible and hidden test accepts them", async () => {
    const results = await runAll(exercise(["a", "b"], ["classes"]), scripted(verdicts));
    expect(results['alternative "classes" passes the visible and hidden tests']).toBe(true);
  });

  it("fail when a hidden test rejects them (the test demands what the instructions do not say)", async () => {
    const results = await runAll(exercise(["a", "b"], ["classes"]), scripted({ ...verdicts, "alternative-classes": [HIDDEN[0]] }));
    expect(results['alternative "classes" passes the visible and hidden tests']).toBe(false);
  });

  it("fail when a visible test rejects them", async () => {
    const results = await runAll(exercise(["a", "b"], ["classes"]), scripted({ ...verdicts, "alternative-classes": ["test_visible.py::test_ok"] }));
    expect(results['alternative "classes" passes the visible and hidden tests']).toBe(false);
  });
});

describe("staticProblems", () => {
  it("requires at least two wrong answers", () => {
    expect(staticProblems(exercise(["only"]))).toEqual([
      "has 1 known wrong answers in wrong/; at least 2 are required",
    ]);
    expect(staticProblems(exercise())).toEqual([]);
  });
});
