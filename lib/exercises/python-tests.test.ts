import { describe, expect, it } from "vitest";
import { isPytestControlFile, isPytestFile, isTestFile, parseTestId, parseTests, testIdMatches } from "./python-tests";

describe("parseTests", () => {
  it("finds module-level tests, async tests and methods of Test classes", () => {
    const source = [
      "import pytest",
      "",
      "@pytest.mark.parametrize('x', [1, 2])",
      "def test_one(x):",
      '    """Doc."""',
      "    def test_nested():",
      "        pass",
      "",
      "async def test_two(",
      "    client,",
      ") -> None:",
      "    '''Doc.'''",
      "",
      "def helper():",
      "    pass",
      "",
      "class TestApi:",
      "    def setup_method(self):",
      "        pass",
      "",
      "    def test_three(self):",
      "        # no docstring",
      "        assert True",
      "",
      "class Helper:",
      "    def test_not_collected(self):",
      "        pass",
    ].join("\n");
    expect(parseTests("test_x.py", source)).toEqual([
      { id: "test_x.py::test_one", line: 4, hasDocstring: true, docstring: "Doc." },
      { id: "test_x.py::test_two", line: 9, hasDocstring: true, docstring: "Doc." },
      { id: "test_x.py::TestApi::test_three", line: 21, hasDocstring: false, docstring: null },
    ]);
  });

  it("reads a docstring over several lines, without its indentation", () => {
    const source = ["def test_multi():", '    """POST /items answers 201.', "", "    A 200 would say nothing was created.", '    """', "    assert True"].join("\n");
    expect(parseTests("test_m.py", source)[0].docstring).toBe("POST /items answers 201.\n\nA 200 would say nothing was created.");
  });
});

describe("test ids", () => {
  it("splits file, names and parametrization", () => {
    expect(parseTestId("test_h.py::test_a[flask]")).toEqual({
      file: "test_h.py",
      names: ["test_a"],
      param: "flask",
      base: "test_h.py::test_a",
    });
  });

  it("matches every variant when the wanted id has no parametrization", () => {
    expect(testIdMatches("test_h.py::test_a[flask]", "test_h.py::test_a")).toBe(true);
    expect(testIdMatches("test_h.py::test_a[flask]", "test_h.py::test_a[fastapi]")).toBe(false);
    expect(testIdMatches("test_h.py::test_ab", "test_h.py::test_a")).toBe(false);
    expect(testIdMatches("tests/test_h.py::test_a", "test_h.py::test_a")).toBe(true);
    expect(testIdMatches("test_other.py::test_a", "test_h.py::test_a")).toBe(false);
  });

  it("knows pytest's file names", () => {
    expect(isTestFile("test_app.py")).toBe(true);
    expect(isTestFile("pkg/app_test.py")).toBe(true);
    expect(isTestFile("app.py")).toBe(false);
    // pytest's glob takes any name, hyphens included, and nothing else.
    expect(isTestFile("tests/test_a-b.py")).toBe(true);
    expect(isTestFile("test_app.txt")).toBe(false);
    expect(isTestFile("testapp.py")).toBe(false);
    expect(isTestFile("conftest.py")).toBe(false);
    expect(isPytestFile("sub/conftest.py")).toBe(true);
    expect(isPytestFile("test_a-b.py")).toBe(true);
    expect(isPytestFile("app.py")).toBe(false);
    expect(isPytestControlFile("conftest.py")).toBe(true);
    expect(isPytestControlFile("sub/pytest.ini")).toBe(true);
    expect(isPytestControlFile("models.py")).toBe(false);
  });
});
