import { describe, expect, it } from "vitest";
import type { PublicExercise } from "../exercises/types";
import type { TestReport } from "../python-runtime/types";
import { appEntries, definedTestIds, hiddenGradingTarget, parseMistakes, visibleTestFeedback } from "./browser-grading";

const exercise: PublicExercise = {
  slug: "flask-hello",
  title: "Hello",
  summary: "Say hello from Flask.",
  lesson: "flask-routing",
  framework: "flask",
  entry: "app.py",
  hints: ["Use @app.get"],
  timeLimitMs: 5000,
  instructions: "# Hello",
  starter: { "app.py": "from flask import Flask\napp = Flask(__name__)\n" },
  visibleTests: {
    "test_visible.py": 'def test_hello():\n    """GET /hello answers 200."""\n    assert True\n\n\ndef test_name():\n    assert True\n',
    "conftest.py": "import pytest\n",
  },
};

const report = (tests: TestReport["tests"]): TestReport => ({
  ok: tests.every((t) => t.outcome === "passed"),
  summary: { total: tests.length, passed: 0, failed: 0, errors: 0, skipped: 0 },
  tests,
  error: null,
  warnings: [],
  stdout: "",
  stderr: "",
  truncated: false,
  durationMs: 10,
});

const passed = (id: string, description: string | null = null) => ({
  id,
  name: id.split("::").at(-1) ?? id,
  outcome: "passed" as const,
  durationMs: 1,
  description,
  message: null,
  traceback: [],
  output: "",
});

describe("definedTestIds", () => {
  it("lists test functions of test files only", () => {
    expect(definedTestIds(exercise.visibleTests)).toEqual(["test_visible.py::test_hello", "test_visible.py::test_name"]);
  });
});

describe("hiddenGradingTarget", () => {
  it("carries the public meta, the starter and the hidden test ids", () => {
    const target = hiddenGradingTarget(exercise, { "test_hidden.py": "def test_secret():\n    assert 1\n" });
    expect(target.meta).toMatchObject({ framework: "flask", entry: "app.py", timeLimitMs: 5000 });
    expect(target.hiddenTestIds).toEqual(["test_hidden.py::test_secret"]);
    expect(target.starter).toBe(exercise.starter);
  });
});

describe("visibleTestFeedback", () => {
  it("passes when every visible test passed", () => {
    const feedback = visibleTestFeedback(exercise, exercise.starter, report([passed("test_visible.py::test_hello", "GET /hello answers 200."), passed("test_visible.py::test_name")]));
    expect(feedback.passed).toBe(true);
    expect(feedback.checks.map((check) => check.title)).toEqual(["GET /hello answers 200.", "Name"]);
  });

  it("fails when a visible test did not run at all", () => {
    const feedback = visibleTestFeedback(exercise, exercise.starter, report([passed("test_visible.py::test_hello")]));
    expect(feedback.passed).toBe(false);
    expect(feedback.checks.find((check) => check.id === "test_visible.py::test_name")?.outcome).toBe("not-run");
  });
});

describe("appEntries", () => {
  it("names one app for a single-framework exercise and two for both", () => {
    expect(appEntries({ entry: "app.py", framework: "fastapi" })).toEqual([{ file: "app.py", framework: "fastapi" }]);
    expect(appEntries({ entry: { flask: "f.py", fastapi: "a.py" }, framework: "both" })).toEqual([
      { file: "f.py", framework: "flask" },
      { file: "a.py", framework: "fastapi" },
    ]);
  });
});

describe("parseMistakes", () => {
  it("keeps well-formed entries and drops the rest", () => {
    const good = { mustFail: ["test_hidden.py::test_a"], explanation: "Answers 200.", requirement: null };
    expect(parseMistakes([good, { mustFail: "x" }, null, { ...good, requirement: 3 }])).toEqual([good]);
    expect(parseMistakes(undefined)).toEqual([]);
  });
});
