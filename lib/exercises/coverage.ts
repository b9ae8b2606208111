// The content checks' summary of how well the exercises prove themselves
// (issue "Grading that checks every requirement it states"): requirements
// tied to a wrong answer that fails, wrong answers that fail, alternative
// solutions that pass, and how many exercises have each at all.
import type { GradableExercise } from "./types";

export interface CheckVerdicts {
  /** Exercise slug -> wrong answer name -> whether it failed its tests. */
  wrongAnswers: Map<string, Map<string, boolean>>;
  /** Exercise slug -> alternative name -> whether it passed. */
  alternatives: Map<string, Map<string, boolean>>;
}

export interface Ratio {
  done: number;
  of: number;
}

export interface Coverage {
  exercisesWithRequirements: Ratio;
  requirementsCovered: Ratio;
  wrongAnswersFailing: Ratio;
  exercisesWithAlternatives: Ratio;
  alternativesPassing: Ratio;
}

export function coverage(exercises: GradableExercise[], verdicts: CheckVerdicts): Coverage {
  const ratio = (done: number, of: number): Ratio => ({ done, of });
  let requirements = 0;
  let covered = 0;
  let wrong = 0;
  let failing = 0;
  let alternatives = 0;
  let passing = 0;
  for (const exercise of exercises) {
    const wrongVerdicts = verdicts.wrongAnswers.get(exercise.slug) ?? new Map<string, boolean>();
    const alternativeVerdicts = verdicts.alternatives.get(exercise.slug) ?? new Map<string, boolean>();
    for (const requirement of exercise.meta.requirements ?? []) {
      requirements += 1;
      if (wrongVerdicts.get(requirement.wrong) === true) covered += 1;
    }
    wrong += exercise.wrongAnswers.length;
    failing += exercise.wrongAnswers.filter((answer) => wrongVerdicts.get(answer.name) === true).length;
    alternatives += exercise.alternatives.length;
    passing += exercise.alternatives.filter((alternative) => alternativeVerdicts.get(alternative.name) === true).length;
  }
  return {
    exercisesWithRequirements: ratio(exercises.filter((e) => (e.meta.requirements ?? []).length > 0).length, exercises.length),
    requirementsCovered: ratio(covered, requirements),
    wrongAnswersFailing: ratio(failing, wrong),
    exercisesWithAlternatives: ratio(exercises.filter((e) => e.alternatives.length > 0).length, exercises.length),
    alternativesPassing: ratio(passing, alternatives),
  };
}

const percent = ({ done, of }: Ratio) => (of === 0 ? "-" : `${Math.floor((done / of) * 1000) / 10}%`);

export function formatCoverage(c: Coverage): string {
  const line = (label: string, r: Ratio) => `  ${label.padEnd(34)} ${String(r.done).padStart(4)} / ${String(r.of).padEnd(4)} ${percent(r)}`;
  return [
    "Exercise coverage:",
    line("exercises with a requirement list", c.exercisesWithRequirements),
    line("requirements covered", c.requirementsCovered),
    line("wrong answers failing", c.wrongAnswersFailing),
    line("exercises with an alternative", c.exercisesWithAlternatives),
    line("alternatives passing", c.alternativesPassing),
  ].join("\n");
}
