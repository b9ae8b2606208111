import { describe, expect, it } from "vitest";
import { failedTests } from "./failed-tests.mjs";

const root = "/repo";

describe("failedTests", () => {
  it("names each failed test with the first non-blank line of its error", () => {
    const report = {
      testResults: [
        {
          name: "/repo/tests/e2e/a.e2e.ts",
          status: "failed",
          assertionResults: [
            { fullName: "page shows results", status: "passed", failureMessages: [] },
            { fullName: "page keeps files", status: "failed", failureMessages: ["\nAssertionError: expected 1 to be 2\n    at x.ts:1"] },
          ],
        },
      ],
    };
    expect(failedTests("e2e", report, root)).toEqual(["  e2e: tests/e2e/a.e2e.ts > page keeps files\n      AssertionError: expected 1 to be 2"]);
  });

  it("names a file that failed without a failed test", () => {
    const report = { testResults: [{ name: "/repo/lib/b.test.ts", status: "failed", message: "Failed to load url ./missing", assertionResults: [] }] };
    expect(failedTests("unit", report, root)).toEqual(["  unit: lib/b.test.ts\n      Failed to load url ./missing"]);
  });

  it("gives nothing for a passing report or one without test results", () => {
    expect(failedTests("unit", { testResults: [{ name: "/repo/c.test.ts", status: "passed", assertionResults: [{ fullName: "ok", status: "passed" }] }] }, root)).toEqual([]);
    expect(failedTests("pydantic-core", {}, root)).toEqual([]);
  });
});
