import { describe, expect, it } from "vitest";
import { exerciseListProblems } from "./exercise-list";

const titles: Record<string, string> = { a: "First task", b: "Second task" };
const titleOf = (slug: string) => titles[slug];

describe("exerciseListProblems", () => {
  it("accepts a section that names every exercise by title, in order", () => {
    const body = "Text.\n\n## Exercises\n\n1. **First task.** Do it.\n2. **Second task.** Then this.\n";
    expect(exerciseListProblems({ exercises: ["a", "b"], body }, titleOf)).toEqual([]);
  });

  it("refuses a list that misses one or renames it", () => {
    const body = "## Exercises\n\n1. **First** Do it.\n";
    expect(exerciseListProblems({ exercises: ["a", "b"], body }, titleOf)[0]).toMatch(/names \["First"\]; the frontmatter's exercises are \["First task","Second task"\]/);
  });

  it("wants a section when there are exercises, with the heading in the right number", () => {
    expect(exerciseListProblems({ exercises: ["a"], body: "No list." }, titleOf)).toEqual(['has no "## Exercise" section naming its 1 exercise(s)']);
    expect(exerciseListProblems({ exercises: ["a"], body: "## Exercises\n\n**First task.** Do it.\n" }, titleOf)).toEqual(['heading "## Exercises" should be "## Exercise"']);
  });
});
