// Grading in the browser with the same code the server uses (lib/grading):
// the Run button checks the visible tests, Submit the hidden ones fetched for
// that one submission. Only the feedback (docstrings and assertion messages)
// is shown; the hidden sources stay in memory for the run and are dropped.
import { entryFiles } from "../exercises/schema";
import type { ExerciseMeta } from "../exercises/schema";
import { isTestFile, parseTests } from "../exercises/python-tests";
import type { PublicExercise } from "../exercises/types";
import { buildFeedback, type Feedback } from "../grading/feedback";
import type { GradingTarget } from "../grading/grade";
import type { MistakeEntry } from "../grading/known-mistakes";
import type { SourceFiles, TestReport } from "../python-runtime/types";

export function exerciseMeta(exercise: PublicExercise): ExerciseMeta {
  return {
    title: exercise.title,
    summary: exercise.summary,
    lesson: exercise.lesson,
    framework: exercise.framework,
    entry: exercise.entry,
    hints: exercise.hints,
    timeLimitMs: exercise.timeLimitMs,
  };
}

/** Base ids (`file::function`) of the tests defined in `tests`. */
export function definedTestIds(tests: SourceFiles): string[] {
  return Object.entries(tests)
    .filter(([file]) => isTestFile(file))
    .flatMap(([file, source]) => parseTests(file, source).map((test) => test.id));
}

export function hiddenGradingTarget(exercise: PublicExercise, hiddenTests: SourceFiles, mistakes: readonly MistakeEntry[] = []): GradingTarget {
  return {
    meta: exerciseMeta(exercise),
    starter: exercise.starter,
    hiddenTests,
    hiddenTestIds: definedTestIds(hiddenTests),
    mistakes,
  };
}

/** The `mistakes` of a hidden-tests answer, keeping only well-formed entries. */
export function parseMistakes(value: unknown): MistakeEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is MistakeEntry =>
      typeof entry === "object" &&
      entry !== null &&
      Array.isArray(entry.mustFail) &&
      entry.mustFail.every((id: unknown) => typeof id === "string") &&
      typeof entry.explanation === "string" &&
      (entry.requirement === null || typeof entry.requirement === "string"),
  );
}

/** Feedback for a Run: the visible tests, judged by the same rules as a submission. */
export function visibleTestFeedback(exercise: PublicExercise, files: SourceFiles, report: TestReport): Feedback {
  return buildFeedback(report, {
    learnerFiles: Object.keys(files),
    entryFiles: entryFiles(exercise),
    expectedTests: definedTestIds(exercise.visibleTests),
    timeLimitMs: exercise.timeLimitMs,
    showOutput: true,
  });
}

/** Entry modules with a label, for the API explorer's app picker. */
export function appEntries(exercise: Pick<PublicExercise, "entry" | "framework">): { file: string; framework: "flask" | "fastapi" }[] {
  if (typeof exercise.entry === "string") {
    return [{ file: exercise.entry, framework: exercise.framework === "fastapi" ? "fastapi" : "flask" }];
  }
  return [
    { file: exercise.entry.flask, framework: "flask" },
    { file: exercise.entry.fastapi, framework: "fastapi" },
  ];
}
