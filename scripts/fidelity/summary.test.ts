import { describe, expect, it } from "vitest";
import { causeOf, summarize } from "./summary";

const passed = { outcome: "passed", message: null };

describe("the fidelity summary", () => {
  it("counts the tests that pass on both sides against those that pass natively, and groups the rest by cause", () => {
    const summary = summarize(
      { "t.py::a": "passed", "t.py::b": "passed", "t.py::c": "passed", "t.py::d": "failed", "u.py::e": "passed" },
      {
        "t.py::a": passed,
        "t.py::b": { outcome: "failed", message: "OSError: [Errno 44] at 0x7f00\nmore" },
        "t.py::c": { outcome: "failed", message: "OSError: [Errno 44] at 0x1234" },
        "t.py::d": passed,
        "u.py::*": { outcome: "error", message: "No module named 'typer'" },
      },
    );
    expect(summary.passedNatively).toBe(4);
    expect(summary.passedInContainerToo).toBe(1);
    expect(summary.fidelity).toBe(0.25);
    expect(summary.passedOnlyInContainer).toBe(1);
    expect(summary.causes).toEqual([
      { cause: "OSError: [Errno 44] at 0x…", count: 2, example: "t.py::b" },
      { cause: "not run in the container: No module named 'typer'", count: 1, example: "u.py::e" },
    ]);
  });

  it("leaves out on both sides a file that did not finish natively", () => {
    const summary = summarize(
      { "slow.py::a": "passed", "slow.py::*": "timeout", "ok.py::b": "passed" },
      { "slow.py::*": { outcome: "error", message: "ran for more than 120 seconds" }, "slow.py::z": passed, "ok.py::b": passed },
    );
    expect(summary.unfinishedNatively).toEqual(["slow.py"]);
    expect([summary.passedNatively, summary.passedInContainerToo, summary.passedOnlyInContainer]).toEqual([1, 1, 0]);
  });

  it("reads a cause without temporary paths", () => {
    expect(causeOf("FileNotFoundError: '/tmp/fidelity-abc/x.cfg'")).toBe("FileNotFoundError: '/tmp/…'");
    expect(causeOf(null)).toBe("no message");
  });
});
