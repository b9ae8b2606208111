import { describe, expect, it } from "vitest";
import type { PythonError } from "../python-runtime/types";
import { buildFeedback, checkTitle, trimMessage } from "./feedback";
import type { FeedbackContext } from "./feedback";
import { formatFeedbackText } from "./format-text";
import { CREATED_FAILS, LIST_PASSES, report, testCase } from "./testing/reports";

const context: FeedbackContext = {
  learnerFiles: ["app.py", "models.py"],
  entryFiles: ["app.py"],
  timeLimitMs: 8000,
};

const error = (partial: Partial<PythonError> & Pick<PythonError, "kind">): PythonError => ({
  message: "",
  traceback: [],
  ...partial,
});

// Golden files pin the exact words learners read. After a deliberate wording
// change, regenerate them with `npx vitest run lib/grading -u` and review the diff.
const golden = (name: string) => `./__golden__/${name}.txt`;

describe("buildFeedback", () => {
  it("passes when every test passed", async () => {
    const feedback = buildFeedback(report([LIST_PASSES]), context);
    expect(feedback.passed).toBe(true);
    expect(feedback.headline).toBe("The check passes.");
    expect(feedback.problem).toBeNull();
    await expect(formatFeedbackText(feedback)).toMatchFileSnapshot(golden("all-pass"));
  });

  it("lists each failed test with its docstring and assertion message", async () => {
    const feedback = buildFeedback(report([LIST_PASSES, CREATED_FAILS]), context);
    expect(feedback.passed).toBe(false);
    expect(feedback.headline).toBe("1 of 2 checks fails.");
    const failed = feedback.checks[1];
    expect(failed.title).toBe("POST /items answers 201 Created with the new item.");
    expect(failed.message).toContain("assert 200 == 201");
    // The frame is in the hidden test file: the learner must not see it.
    expect(failed.traceback).toEqual([]);
    expect(feedback.checks[0].message).toBeNull();
    await expect(formatFeedbackText(feedback)).toMatchFileSnapshot(golden("one-failure"));
  });

  it("keeps only learner frames in a test's traceback, with learner paths", () => {
    const test = testCase({
      id: "test_hidden.py::test_get_item",
      outcome: "failed",
      message: "KeyError: 7",
      traceback: [
        "Traceback (most recent call last):",
        '  File "/home/pyodide/test_hidden.py", line 20, in test_get_item',
        "    response = client.get('/items/7')",
        '  File "/lib/python3.12/site-packages/starlette/routing.py", line 73, in app',
        "    response = await f(request)",
        '  File "/home/pyodide/app.py", line 31, in read_item',
        "    return ITEMS[item_id]",
        "           ~~~~~^^^^^^^^^",
        "KeyError: 7",
      ],
    });
    expect(buildFeedback(report([test]), context).checks[0].traceback).toEqual([
      '  File "app.py", line 31, in read_item',
      "    return ITEMS[item_id]",
      "           ~~~~~^^^^^^^^^",
    ]);
  });

  it("explains a syntax error with file and line, naming no sandbox path", async () => {
    const feedback = buildFeedback(
      report(
        [],
        error({
          kind: "syntax",
          type: "SyntaxError",
          message: "expected ':'",
          file: "/home/pyodide/app.py",
          line: 12,
          traceback: ['  File "/home/pyodide/app.py", line 12', "    def create_item(item: Item)", "                               ^"],
        }),
      ),
      context,
    );
    expect(feedback.passed).toBe(false);
    expect(feedback.problem).toMatchObject({ kind: "syntax", file: "app.py", line: 12 });
    expect(feedback.headline).toBe("Python could not read your code in app.py, line 12.");
    await expect(formatFeedbackText(feedback)).toMatchFileSnapshot(golden("syntax-error"));
  });

  it("explains a timeout with the time limit", async () => {
    const feedback = buildFeedback(report([], error({ kind: "timeout", message: "Stopped after 8 seconds." })), context);
    expect(feedback.headline).toBe("Your code ran longer than 8 s.");
    expect(feedback.problem?.advice).toMatch(/while True:/);
    await expect(formatFeedbackText(feedback)).toMatchFileSnapshot(golden("timeout"));
  });

  it("explains an import error", () => {
    const feedback = buildFeedback(
      report([], error({ kind: "import", message: "No module named 'flask_cors'", file: "app.py", line: 2 })),
      context,
    );
    expect(feedback.problem).toMatchObject({ kind: "import", title: "An import failed in app.py, line 2" });
    expect(feedback.problem?.advice).toContain("Flask, FastAPI and Pydantic");
  });

  it("explains a missing app object, naming the entry files", async () => {
    const feedback = buildFeedback(
      report([], error({ kind: "no-app", message: "app.py does not define `app`." })),
      { ...context, entryFiles: ["flask_app.py", "fastapi_app.py"] },
    );
    expect(feedback.headline).toBe("No `app` found in `flask_app.py` and `fastapi_app.py`.");
    await expect(formatFeedbackText(feedback)).toMatchFileSnapshot(golden("no-app"));
  });

  it("treats an empty run as a problem, never as a pass", () => {
    const feedback = buildFeedback(report([]), context);
    expect(feedback.passed).toBe(false);
    expect(feedback.problem?.kind).toBe("no-tests");
    expect(feedback.headline).toBe("No checks ran.");
  });

  it("lifts a fixture error shared by every test into one problem", () => {
    const message = "ImportError: cannot import name 'app' from 'app' (/home/pyodide/app.py)";
    const tests = ["a", "b"].map((n) => testCase({ id: `test_hidden.py::test_${n}`, outcome: "error", message }));
    const feedback = buildFeedback(report(tests), context);
    expect(feedback.problem).toMatchObject({
      kind: "no-app",
      title: "No `app` found in `app.py`",
      message: "ImportError: cannot import name 'app' from 'app' (app.py)",
    });
    expect(feedback.checks.map((c) => c.outcome)).toEqual(["error", "error"]);
  });

  it("names the module without `app` when only one framework's tests break", () => {
    const message = "ImportError: cannot import name 'app' from 'fastapi_app' (/sandbox/work/fastapi_app.py)";
    const tests = ["a", "b"].flatMap((n) => [
      testCase({ id: `test_hidden.py::test_${n}[flask]` }),
      testCase({ id: `test_hidden.py::test_${n}[fastapi]`, outcome: "error", message }),
    ]);
    const feedback = buildFeedback(report(tests), {
      learnerFiles: ["flask_app.py", "fastapi_app.py"],
      entryFiles: ["flask_app.py", "fastapi_app.py"],
    });
    expect(feedback.passed).toBe(false);
    expect(feedback.headline).toBe("No `app` found in `fastapi_app.py`.");
    expect(feedback.checks[1].message).toBe("ImportError: cannot import name 'app' from 'fastapi_app' (fastapi_app.py)");
  });

  it("turns an import error about `app` itself into a missing-app problem", () => {
    const feedback = buildFeedback(
      report([], error({ kind: "import", message: "ImportError: cannot import name 'app' from 'app' (/sandbox/work/app.py)" })),
      { ...context, expectedTests: ["test_hidden.py::test_a"] },
    );
    expect(feedback.problem?.kind).toBe("no-app");
    // The run never started: the problem explains it, no "did not run" list.
    expect(feedback.checks).toEqual([]);
  });

  it("does not lift an error that only some tests share", () => {
    const tests = [
      testCase({ id: "test_hidden.py::test_a", outcome: "error", message: "KeyError: 'x'" }),
      testCase({ id: "test_hidden.py::test_b", outcome: "failed", message: "assert 1 == 2" }),
    ];
    expect(buildFeedback(report(tests), context).problem).toBeNull();
  });

  it("counts expected tests missing from the report as failed", () => {
    const feedback = buildFeedback(report([LIST_PASSES]), {
      ...context,
      expectedTests: ["test_hidden.py::test_list_items", "test_hidden.py::test_delete_item"],
    });
    expect(feedback.passed).toBe(false);
    expect(feedback.problem?.kind).toBe("missing-tests");
    expect(feedback.checks.at(-1)).toMatchObject({ id: "test_hidden.py::test_delete_item", outcome: "not-run" });
    expect(feedback.counts).toEqual({ passed: 1, failed: 1, total: 2 });
  });

  it("does not pass skipped tests", () => {
    const skipped = testCase({ id: "test_hidden.py::test_x", outcome: "skipped" });
    expect(buildFeedback(report([LIST_PASSES, skipped]), context).passed).toBe(false);
  });

  it("labels the variants of a test parametrized over both frameworks", async () => {
    const description = "GET /health answers 200.";
    const feedback = buildFeedback(
      report([
        testCase({ id: "test_hidden.py::test_health[flask]", description }),
        testCase({ id: "test_hidden.py::test_health[fastapi]", description, outcome: "failed", message: "assert 404 == 200" }),
      ]),
      { ...context, expectedTests: ["test_hidden.py::test_health"] },
    );
    expect(feedback.checks.map((c) => c.variant)).toEqual(["Flask", "FastAPI"]);
    expect(feedback.problem).toBeNull();
    await expect(formatFeedbackText(feedback)).toMatchFileSnapshot(golden("both-frameworks"));
  });

  it("reports submitted files that were left out", () => {
    const feedback = buildFeedback(report([LIST_PASSES]), { ...context, ignoredFiles: ["conftest.py"] });
    expect(feedback.ignoredFiles).toEqual(["conftest.py"]);
    expect(formatFeedbackText(feedback)).toContain("Not graded: conftest.py");
  });
});

describe("helpers", () => {
  it("checkTitle falls back to the test name in words", () => {
    expect(checkTitle({ id: "t.py::test_price_must_be_positive[zero]", name: "x", description: null })).toBe(
      "Price must be positive",
    );
    expect(checkTitle({ id: "t.py::test_a", name: "test_a", description: "  First line\n  continues.\n\n  More. " })).toBe(
      "First line continues.",
    );
  });

  it("trimMessage strips pytest prefixes and cuts long messages", () => {
    expect(trimMessage("E   assert 1 == 2\nE    +  where 1 = f()\n")).toBe("assert 1 == 2\n +  where 1 = f()");
    const long = Array.from({ length: 40 }, (_, i) => `line ${i}`).join("\n");
    const cut = trimMessage(long) ?? "";
    expect(cut.split("\n")).toHaveLength(13);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("trimMessage drops pytest's option hints, which a learner cannot follow, or says them in words", () => {
    const message = [
      "AssertionError: assert {'a': 1, 'b': 2} == {'a': 1, 'b': 3}",
      "  Omitting 1 identical items, use -vv to show",
      "  Differing items:",
      "  {'b': 2} != {'b': 3}",
      "  Use -v to get more diff",
      "  ...Full output truncated (3 lines hidden), use '-vv' to show",
    ].join("\n");
    const trimmed = trimMessage(message) ?? "";
    expect(trimmed).not.toMatch(/-vv?\b/);
    expect(trimmed).toContain("(1 identical item not shown)");
    expect(trimmed).toContain("(3 more lines not shown)");
    expect(trimmed).toContain("{'b': 2} != {'b': 3}");
  });
});

describe("output of each check", () => {
  const printed = testCase({ id: "test_visible.py::test_hello", output: "hello from /sandbox/work/app.py\n" });

  it("is kept, with sandbox paths as the learner knows them, when the feedback may show it", () => {
    const feedback = buildFeedback(report([printed]), { learnerFiles: ["app.py"], entryFiles: ["app.py"], showOutput: true });
    expect(feedback.checks[0].output).toBe("hello from app.py");
  });

  it("is left out otherwise: the server's feedback never carries what learner code printed", () => {
    const feedback = buildFeedback(report([printed]), { learnerFiles: ["app.py"], entryFiles: ["app.py"] });
    expect(feedback.checks[0].output).toBeNull();
  });

  it("is cut when long, pointing at the console", () => {
    const long = testCase({ id: "t.py::test_spam", output: "spam\n".repeat(500) });
    const output = buildFeedback(report([long]), { learnerFiles: ["app.py"], entryFiles: ["app.py"], showOutput: true }).checks[0].output ?? "";
    expect(output.split("\n")).toHaveLength(81);
    expect(output).toMatch(/the Console has all of it\)$/);
  });
});
