// Hand-written TestReports shaped like the runtime's, one per situation the
// feedback has to explain. Kept small so each test reads on its own.
import type { PythonError, TestCaseResult, TestReport } from "../../python-runtime/types";

export function testCase(partial: Partial<TestCaseResult> & Pick<TestCaseResult, "id">): TestCaseResult {
  const name = partial.id.split("::").at(-1) ?? partial.id;
  return { name, outcome: "passed", durationMs: 3, description: null, message: null, traceback: [], output: "", ...partial };
}

export function report(tests: TestCaseResult[], error: PythonError | null = null): TestReport {
  const count = (outcome: TestCaseResult["outcome"]) => tests.filter((t) => t.outcome === outcome).length;
  const summary = {
    total: tests.length,
    passed: count("passed"),
    failed: count("failed"),
    errors: count("error"),
    skipped: count("skipped"),
  };
  return {
    ok: tests.length > 0 && summary.failed === 0 && summary.errors === 0 && error === null,
    summary,
    tests,
    error,
    warnings: [],
    stdout: "",
    stderr: "",
    truncated: false,
    durationMs: 420,
  };
}

export const CREATED_FAILS = testCase({
  id: "test_hidden.py::test_create_item_returns_201",
  outcome: "failed",
  description: "POST /items answers 201 Created with the new item.\n\nA 200 would tell clients nothing was created.",
  message: "AssertionError: assert 200 == 201\n +  where 200 = <Response [200 OK]>.status_code",
  traceback: [
    '  File "/home/pyodide/test_hidden.py", line 14, in test_create_item_returns_201',
    "    assert response.status_code == 201",
  ],
});

export const LIST_PASSES = testCase({
  id: "test_hidden.py::test_list_items",
  description: "GET /items answers the list of items.",
});
