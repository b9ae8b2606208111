import { describe, expect, it } from "vitest";
import { knownMistakes } from "./known-mistakes";

const exercise = {
  wrongAnswers: [
    { name: "answers-200", mustFail: ["test_hidden.py::test_create"], explanation: "Answers 200: a new item is 201." },
    { name: "no-limit", mustFail: ["test_hidden.py::test_limit[big]"], explanation: "Never checks the size." },
    { name: "crashes", mustFail: ["test_hidden.py::test_create", "test_hidden.py::test_read"], explanation: "Crashes on a missing item." },
  ],
  meta: { requirements: [{ says: "`201`, the new item", wrong: "answers-200", test: "test_hidden.py::test_create" }] },
};

describe("knownMistakes", () => {
  it("names the wrong answer whose tests all failed, with the requirement it breaks", () => {
    expect(knownMistakes(exercise, ["test_hidden.py::test_create"])).toEqual([
      { test: "test_hidden.py::test_create", mistake: "Answers 200: a new item is 201.", requirement: "`201`, the new item" },
    ]);
  });

  it("leaves out a wrong answer whose other tests passed", () => {
    const mistakes = knownMistakes(exercise, ["test_hidden.py::test_create"]);
    expect(mistakes.map((m) => m.mistake)).not.toContain("Crashes on a missing item.");
  });

  it("matches parametrized ids, and lists the narrower explanation first", () => {
    expect(knownMistakes(exercise, ["test_hidden.py::test_limit[big]"])[0].mistake).toBe("Never checks the size.");
    const both = knownMistakes(exercise, ["test_hidden.py::test_create", "test_hidden.py::test_read"]);
    expect(both.filter((m) => m.test === "test_hidden.py::test_create").map((m) => m.mistake)).toEqual([
      "Answers 200: a new item is 201.",
      "Crashes on a missing item.",
    ]);
  });

  it("says nothing for a failure no wrong answer explains", () => {
    expect(knownMistakes(exercise, ["test_hidden.py::test_other"])).toEqual([]);
  });
});
