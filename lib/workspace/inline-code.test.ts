import { describe, expect, it } from "vitest";
import { problemAdvice } from "../grading/problems";
import { splitInlineCode } from "./inline-code";

describe("splitInlineCode", () => {
  it("turns backtick spans into code and keeps the rest as text", () => {
    expect(splitInlineCode("a `while True:` loop, or `app.run()` there")).toEqual([
      { code: false, text: "a " },
      { code: true, text: "while True:" },
      { code: false, text: " loop, or " },
      { code: true, text: "app.run()" },
      { code: false, text: " there" },
    ]);
  });

  it("leaves an unpaired backtick and plain text alone", () => {
    expect(splitInlineCode("it's `odd")).toEqual([{ code: false, text: "it's `odd" }]);
    expect(splitInlineCode("")).toEqual([]);
  });

  it("leaves no backtick in the time-limit advice a learner reads", () => {
    const advice = problemAdvice("timeout", { entryFiles: ["app.py"], timeLimitMs: 10_000 });
    const shown = splitInlineCode(advice).filter((part) => !part.code).map((part) => part.text).join("");
    expect(advice).toContain("`");
    expect(shown).not.toContain("`");
  });
});
