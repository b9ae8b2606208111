// Every published exercise's Python (starter, solution, alternatives, known
// wrong answers and tests) uses today's idioms: learners copy what they read.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outdatedIdioms } from "@/lib/content/python-idioms";
import { listExerciseSlugs } from "@/lib/exercises/loader";

const EXERCISES = path.resolve(import.meta.dirname, "../../exercises");

function pythonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return name === "__pycache__" ? [] : pythonFiles(full);
    return name.endsWith(".py") ? [full] : [];
  });
}

describe("exercise code uses today's Python idioms", async () => {
  for (const slug of await listExerciseSlugs()) {
    it(slug, async () => {
      const problems: string[] = [];
      for (const file of pythonFiles(path.join(EXERCISES, slug))) {
        for (const finding of await outdatedIdioms(readFileSync(file, "utf8"))) {
          problems.push(`${path.relative(EXERCISES, file)}:${finding.line} ${finding.code} ${finding.message}`);
        }
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
