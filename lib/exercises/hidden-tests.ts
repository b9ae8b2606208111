// Server-only: the hidden tests decide the verdict, so their source must
// never reach the browser. Only grading code, content checks and scripts
// import this module. (Next's `server-only` package is not installed; the
// runtime guard below catches an accidental client import in development.)
import { ExerciseLoadError } from "./errors";
import { ExerciseNotFoundError, resolveExercisesDir } from "./loader";
import type { LoaderOptions } from "./loader";
import { readExercise } from "./read-exercise";
import type { SourceFiles } from "../python-runtime/types";
import type { GradableExercise } from "./types";

function assertServer(): void {
  if (typeof window !== "undefined") {
    throw new Error("lib/exercises/hidden-tests.ts was imported in browser code; hidden tests are server-only");
  }
}

/** The exercise with its hidden tests, for `gradeSubmission` and content checks. */
export async function loadGradableExercise(slug: string, options: LoaderOptions = {}): Promise<GradableExercise> {
  assertServer();
  const read = await readExercise(resolveExercisesDir(options), slug);
  if (read.missing) throw new ExerciseNotFoundError(read.problems[0]);
  if (!read.exercise) throw new ExerciseLoadError(read.problems);
  return { ...read.exercise, hiddenTests: read.hiddenTests };
}

/** Only the hidden test files of one exercise, keyed by file name. */
export async function loadHiddenTests(slug: string, options: LoaderOptions = {}): Promise<SourceFiles> {
  return (await loadGradableExercise(slug, options)).hiddenTests;
}
