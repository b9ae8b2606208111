import { describe, expect, it } from "vitest";
import { runnableExamples, showsSomething } from "./runnable-examples";

describe("runnableExamples", () => {
  it("picks python blocks marked runnable, with their line", () => {
    const body = ["Intro", "```python runnable", "print(1)", "```", "", "```python", "print(2)", "```", "~~~python runnable title=x", "a = 1", "~~~"].join("\n");
    const examples = runnableExamples({ slug: "s", file: "lessons/01-s.mdx", body });
    expect(examples).toEqual([
      { lesson: "s", file: "lessons/01-s.mdx", line: 2, code: "print(1)\n" },
      { lesson: "s", file: "lessons/01-s.mdx", line: 9, code: "a = 1\n" },
    ]);
  });

  it("ignores other languages", () => {
    expect(runnableExamples({ slug: "s", file: "f", body: "```bash runnable\nls\n```" })).toEqual([]);
  });
});

describe("showsSomething", () => {
  it("refuses a block that only defines things", () => {
    expect(showsSomething({ code: "def test_x():\n    assert 1 == 1\n" }, "")).toBe(false);
  });

  it("accepts output, or an assert at the top level", () => {
    expect(showsSomething({ code: "print(1)\n" }, "1\n")).toBe(true);
    expect(showsSomething({ code: "x = 1\nassert x == 1\n" }, "")).toBe(true);
  });
});
