import { describe, expect, it } from "vitest";
import { prepareSubmission } from "./submission";

describe("prepareSubmission", () => {
  it("lays submitted files over the starter", () => {
    const prepared = prepareSubmission({ "app.py": "old", "models.py": "m" }, { "app.py": "new" });
    expect(prepared.files).toEqual({ "app.py": "new", "models.py": "m" });
    expect(prepared.ignored).toEqual([]);
  });

  it("drops files that could steer pytest or escape the working directory", () => {
    const prepared = prepareSubmission(
      { "app.py": "a" },
      {
        "conftest.py": "def pytest_runtest_makereport(): ...",
        "test_hidden.py": "def test_x(): pass",
        "pytest.ini": "[pytest]",
        "../etc/passwd": "x",
        "/abs.py": "x",
        "helpers.py": "ok",
      },
    );
    expect(Object.keys(prepared.files).sort()).toEqual(["app.py", "helpers.py"]);
    expect(prepared.ignored).toEqual(["../etc/passwd", "/abs.py", "conftest.py", "pytest.ini", "test_hidden.py"]);
  });
});
