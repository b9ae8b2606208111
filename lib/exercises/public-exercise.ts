// The one place that decides what of an exercise reaches the browser.
// Built field by field (no spreading) so a field added to `Exercise` later
// stays server-side until someone adds it here on purpose.
import type { Exercise, PublicExercise } from "./types";

export function toPublicExercise(exercise: Exercise): PublicExercise {
  const { meta } = exercise;
  return {
    slug: exercise.slug,
    title: meta.title,
    summary: meta.summary,
    lesson: meta.lesson,
    framework: meta.framework,
    entry: meta.entry,
    hints: [...meta.hints],
    timeLimitMs: meta.timeLimitMs,
    instructions: exercise.instructions,
    starter: { ...exercise.starter },
    visibleTests: { ...exercise.visibleTests },
  };
}
