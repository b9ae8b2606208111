// Cross-references between the course's lessons resolve (lib/content/cross-references.ts),
// and each lesson's Exercises section names its frontmatter's exercises (lib/content/exercise-list.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { crossReferenceProblems } from "@/lib/content/cross-references";
import { exerciseListProblems } from "@/lib/content/exercise-list";
import { loadLessons } from "@/lib/content/lessons";
import { listExercises } from "@/lib/exercises/loader";

it("every reference to another lesson is a link to it, with its number", () => {
  const lessons = loadLessons();
  // Problems count lines in the body; the file has the frontmatter above it.
  const bodyStart = new Map(
    lessons.map((l) => [l.file, readFileSync(path.resolve(import.meta.dirname, "../..", l.file), "utf8").split("\n").length - l.body.split("\n").length]),
  );
  const problems = crossReferenceProblems(lessons).map((p) => `${p.file}:${p.line + (bodyStart.get(p.file) ?? 0)} ${p.message}`);
  expect(problems, problems.join("\n")).toEqual([]);
});

it("every lesson's Exercises section names its exercises by title, in order", async () => {
  const titles = new Map((await listExercises()).map((e) => [e.slug, e.meta.title]));
  const problems = loadLessons().flatMap((lesson) => exerciseListProblems(lesson, (slug) => titles.get(slug)).map((p) => `${lesson.file}: ${p}`));
  expect(problems, problems.join("\n")).toEqual([]);
});
