import { describe, expect, it } from "vitest";
import { learnerFileFor, trimTraceback } from "./traceback";

describe("trimTraceback", () => {
  it("keeps pytest-style learner frames and drops test frames", () => {
    const lines = [
      "test_hidden.py:12: in test_create",
      "    response = client.post('/items', json=body)",
      "app.py:8: in create_item",
      "    raise ValueError('boom')",
      "E   ValueError: boom",
    ];
    expect(trimTraceback(lines, ["app.py"])).toEqual(["app.py:8: in create_item", "    raise ValueError('boom')"]);
  });

  it("splits multi-line entries and matches nested learner modules", () => {
    const lines = ['  File "/home/pyodide/pkg/models.py", line 3, in <module>\n    x = 1 / 0'];
    expect(trimTraceback(lines, ["pkg/models.py"])).toEqual(['  File "pkg/models.py", line 3, in <module>', "    x = 1 / 0"]);
  });

  it("does not confuse a file with one whose name ends the same", () => {
    expect(learnerFileFor("/home/pyodide/my_app.py", ["app.py"])).toBeNull();
    expect(learnerFileFor("/home/pyodide/app.py", ["app.py"])).toBe("app.py");
  });
});
