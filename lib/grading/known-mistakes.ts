// When a learner's submission fails the way a known wrong answer does, say
// what that wrong answer got wrong (issue "Grading that checks every
// requirement it states"). Each wrong answer names the hidden tests it must
// fail; a failing test points at the wrong answers that name it, and the one
// whose tests all failed too is the likeliest explanation. Server-side only:
// wrong answers never reach the browser.
import { testIdMatches } from "../exercises/python-tests";
import type { ExerciseMeta } from "../exercises/schema";
import type { WrongAnswer } from "../exercises/types";

export interface KnownMistake {
  /** The failing hidden test it explains. */
  test: string;
  /** What the matching wrong answer got wrong (its wrong.json explanation). */
  mistake: string;
  /** The instructions' words for the requirement it breaks, when listed. */
  requirement: string | null;
}

interface ExerciseMistakes {
  wrongAnswers: Pick<WrongAnswer, "name" | "mustFail" | "explanation">[];
  meta: Pick<ExerciseMeta, "requirements">;
}

const MAX_PER_TEST = 2;

/** Known mistakes that explain `failedIds` (pytest ids of the failing hidden tests). */
export function knownMistakes(exercise: ExerciseMistakes, failedIds: string[]): KnownMistake[] {
  const failed = (id: string) => failedIds.some((f) => testIdMatches(f, id));
  const requirementOf = (name: string) => exercise.meta.requirements?.find((r) => r.wrong === name)?.says ?? null;
  const mistakes: KnownMistake[] = [];
  for (const test of failedIds) {
    const candidates = exercise.wrongAnswers
      .filter((wrong) => wrong.mustFail.some((id) => testIdMatches(test, id)))
      // A wrong answer explains the failure only if every test it must fail failed here too.
      .filter((wrong) => wrong.mustFail.every(failed))
      // The most specific first: the one whose failures this test is the largest share of.
      .sort((a, b) => a.mustFail.length - b.mustFail.length || a.name.localeCompare(b.name));
    for (const wrong of candidates.slice(0, MAX_PER_TEST)) {
      mistakes.push({ test, mistake: wrong.explanation, requirement: requirementOf(wrong.name) });
    }
  }
  return mistakes;
}
