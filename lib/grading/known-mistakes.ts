// When a learner's submission fails the way a known wrong answer does, say
// what that wrong answer got wrong (issue "Grading that checks every
// requirement it states"). Each wrong answer names the hidden tests it must
// fail; a failing test points at the wrong answers that name it, and one
// whose tests all failed too is a likely explanation. The table travels with
// the hidden tests (never the wrong answers' code) so the browser and the
// server explain a failure the same way.
import { testIdMatches } from "../exercises/python-tests";
import type { GradableExercise } from "../exercises/types";

/** One known wrong answer, as much of it as feedback needs. */
export interface MistakeEntry {
  mustFail: string[];
  /** What the wrong answer got wrong (its wrong.json explanation). */
  explanation: string;
  /** The instructions' words for the requirement it breaks, when listed. */
  requirement: string | null;
}

export interface KnownMistake {
  mistake: string;
  requirement: string | null;
}

const MAX_PER_TEST = 2;

export function mistakeTable(exercise: Pick<GradableExercise, "wrongAnswers" | "meta">): MistakeEntry[] {
  const requirementOf = (name: string) => exercise.meta.requirements?.find((r) => r.wrong === name)?.says ?? null;
  return [...exercise.wrongAnswers]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((wrong) => ({ mustFail: wrong.mustFail, explanation: wrong.explanation, requirement: requirementOf(wrong.name) }));
}

/** The known mistakes that explain the failing `test`, given every failing test id of the run. */
export function knownMistakes(table: readonly MistakeEntry[], test: string, failedIds: readonly string[]): KnownMistake[] {
  const failed = (id: string) => failedIds.some((f) => testIdMatches(f, id));
  return table
    .filter((entry) => entry.mustFail.some((id) => testIdMatches(test, id)))
    // An entry explains the failure only if every test it must fail failed here too.
    .filter((entry) => entry.mustFail.every(failed))
    // The most specific first: the one naming the fewest tests.
    .sort((a, b) => a.mustFail.length - b.mustFail.length)
    .slice(0, MAX_PER_TEST)
    .map((entry) => ({ mistake: entry.explanation, requirement: entry.requirement }));
}
