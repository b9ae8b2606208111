import { describe, expect, it } from "vitest";
import { knownMistakes, mistakeTable } from "./known-mistakes";

const table = mistakeTable({
  wrongAnswers: [
    { name: "answers-200", mustFail: ["test_hidden.py::test_create"], explanation: "Answers 200: a new item is 201.", files: {} },
    { name: "no-limit", mustFail: ["test_hidden.py::test_limit[big]"], explanation: "Never checks the size.", files: {} },
    { name: "crashes", mustFail: ["test_hidden.py::test_create", "test_hidden.py::test_read"], explanation: "Crashes on a missing item.", files: {} },
  ],
  meta: {
    title: "t",
    summary: "A summary of ten.",
    lesson: "l",
    framework: "fastapi",
    entry: "app.py",
    hints: ["h"],
    timeLimitMs: 5000,
    requirements: [{ says: "`201`, the new item", wrong: "answers-200", test: "test_hidden.py::test_create" }],
  },
});

describe("mistakeTable", () => {
  it("keeps what feedback needs, without the wrong answers' names or code", () => {
    expect(table).toContainEqual({ mustFail: ["test_hidden.py::test_create"], explanation: "Answers 200: a new item is 201.", requirement: "`201`, the new item" });
    expect(JSON.stringify(table)).not.toContain("answers-200");
  });
});

describe("knownMistakes", () => {
  it("names the wrong answer whose tests all failed, with the requirement it breaks", () => {
    expect(knownMistakes(table, "test_hidden.py::test_create", ["test_hidden.py::test_create"])).toEqual([
      { mistake: "Answers 200: a new item is 201.", requirement: "`201`, the new item" },
    ]);
  });

  it("leaves out a wrong answer whose other tests passed", () => {
    const mistakes = knownMistakes(table, "test_hidden.py::test_create", ["test_hidden.py::test_create"]);
    expect(mistakes.map((m) => m.mistake)).not.toContain("Crashes on a missing item.");
  });

  it("matches parametrized ids, and lists the narrower explanation first", () => {
    expect(knownMistakes(table, "test_hidden.py::test_limit[big]", ["test_hidden.py::test_limit[big]"])[0].mistake).toBe("Never checks the size.");
    const failed = ["test_hidden.py::test_create", "test_hidden.py::test_read"];
    expect(knownMistakes(table, "test_hidden.py::test_create", failed).map((m) => m.mistake)).toEqual([
      "Answers 200: a new item is 201.",
      "Crashes on a missing item.",
    ]);
  });

  it("says nothing for a failure no wrong answer explains", () => {
    expect(knownMistakes(table, "test_hidden.py::test_other", ["test_hidden.py::test_other"])).toEqual([]);
  });
});
