import type { SourceFiles } from "../python-runtime/types";
import type { Alternative, Exercise, WrongAnswer } from "./types";

/**
 * The full file set of a wrong answer: the solution with the wrong answer's
 * files laid over it. Wrong answers hold only what they change, so each one
 * reads as "the solution, except for this mistake".
 */
export function wrongAnswerFiles(exercise: Pick<Exercise, "solution">, wrong: WrongAnswer): SourceFiles {
  return { ...exercise.solution, ...wrong.files };
}

/** An alternative solution's full file set: the solution with its files laid over it. */
export function alternativeFiles(exercise: Pick<Exercise, "solution">, alternative: Alternative): SourceFiles {
  return { ...exercise.solution, ...alternative.files };
}
