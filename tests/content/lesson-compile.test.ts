// Every lesson compiles as MDX. A bare `{` in prose is a JavaScript
// expression to MDX, and one in the wrong place leaves a lesson page that
// does not render at all.
import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { loadLessons } from "@/lib/content/lessons";

describe("lessons compile as MDX", () => {
  for (const lesson of loadLessons()) {
    it(lesson.file, async () => {
      await expect(compile(lesson.body)).resolves.toBeDefined();
    });
  }
});
