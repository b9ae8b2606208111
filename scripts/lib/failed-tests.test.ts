import { describe, expect, it } from "vitest";
import { namedTests } from "./failed-tests.mjs";

const root = "/repo";

describe("namedTests", () => {
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
    expect(namedTests("e2e", report, root)).toEqual({ failed: ["  e2e: tests/e2e/a.e2e.ts > page keeps files\n      AssertionError: expected 1 to be 2"], flaky: [] });
  });

  it("names a test that passed on a retry, with the error of its first try", () => {
    const report = { testResults: [{ name: "/repo/tests/e2e/b.e2e.ts", status: "passed", assertionResults: [{ fullName: "boots", status: "passed", failureMessages: ["TimeoutError: 60000ms exceeded"] }] }] };
    expect(namedTests("e2e", report, root)).toEqual({ failed: [], flaky: ["  e2e: tests/e2e/b.e2e.ts > boots\n      TimeoutError: 60000ms exceeded"] });
  });

  it("names a file that failed without a failed test", () => {
    const report = { testResults: [{ name: "/repo/lib/b.test.ts", status: "failed", message: "Failed to load url ./missing", assertionResults: [] }] };
    expect(namedTests("unit", report, root).failed).toEqual(["  unit: lib/b.test.ts\n      Failed to load url ./missing"]);
  });

  it("gives nothing for a passing report or one without test results", () => {
    expect(namedTests("unit", { testResults: [{ name: "/repo/c.test.ts", status: "passed", assertionResults: [{ fullName: "ok", status: "passed", failureMessages: [] }] }] }, root)).toEqual({ failed: [], flaky: [] });
    expect(namedTests("pydantic-core", {}, root)).toEqual({ failed: [], flaky: [] });
  });
});
