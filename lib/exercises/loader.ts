// Reads exercises from `exercises/<slug>/`. Errors are loud and precise: they
// name the file and field at fault (see errors.ts). The returned `Exercise`
// holds the solution but never the hidden tests (see hidden-tests.ts); send
// only `toPublicExercise(exercise)` to the browser.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { ExerciseLoadError } from "./errors";
import type { ExerciseProblem } from "./errors";
import { readExercise } from "./read-exercise";
import type { Exercise } from "./types";

export interface LoaderOptions {
  /** Folder holding one folder per exercise; defaults to `<cwd>/exercises`. */
  exercisesDir?: string;
}

export class ExerciseNotFoundError extends ExerciseLoadError {
  constructor(problem: ExerciseProblem) {
    super([problem]);
    this.name = "ExerciseNotFoundError";
  }
}

export function resolveExercisesDir(options: LoaderOptions = {}): string {
  // The ignore comment stops Next's file tracer from copying the whole project into the server bundle.
  return path.resolve(/*turbopackIgnore: true*/ options.exercisesDir ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "exercises"));
}

/** Loads and checks one exercise; throws `ExerciseLoadError` listing every problem. */
export async function loadExercise(slug: string, options: LoaderOptions = {}): Promise<Exercise> {
  const read = await readExercise(resolveExercisesDir(options), slug);
  if (read.missing) throw new ExerciseNotFoundError(read.problems[0]);
  if (!read.exercise) throw new ExerciseLoadError(read.problems);
  return read.exercise;
}

/** Slugs of every exercise folder, sorted. Folders starting with `.` or `_` are skipped (drafts). */
export async function listExerciseSlugs(options: LoaderOptions = {}): Promise<string[]> {
  const entries = await readdir(resolveExercisesDir(options), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Loads every exercise; one broken exercise fails the whole list, naming all problems. */
export async function listExercises(options: LoaderOptions = {}): Promise<Exercise[]> {
  const dir = resolveExercisesDir(options);
  const reads = await Promise.all((await listExerciseSlugs(options)).map((slug) => readExercise(dir, slug)));
  const problems = reads.flatMap((read) => read.problems);
  if (problems.length > 0) throw new ExerciseLoadError(problems);
  return reads.map((read) => read.exercise as Exercise);
}
