// Every published exercise's Python (starter, solution, alternatives, known
// wrong answers and tests) uses today's idioms: learners copy what they read.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outdatedIdioms } from "@/lib/content/python-idioms";
import { listExerciseSlugs } from "@/lib/exercises/loader";
import { readTree } from "@/lib/exercises/read-files";

const EXERCISES = path.resolve(import.meta.dirname, "../../exercises");

describe("exercise code uses today's Python idioms", async () => {
  for (const slug of await listExerciseSlugs()) {
    it(slug, async () => {
      const problems: string[] = [];
      const files = (await readTree(path.join(EXERCISES, slug))) ?? {};
      for (const [file, source] of Object.entries(files)) {
        if (!file.endsWith(".py")) continue;
        for (const finding of await outdatedIdioms(source)) {
          problems.push(`${slug}/${file}:${finding.line} ${finding.code} ${finding.message}`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
