// Where the learner is in the course and where to go next, from the outline
// and the progress stored in the browser.
import { isExerciseComplete, type CourseProgress } from "../progress/local-progress";

export interface OutlineLesson {
  slug: string;
  title: string;
  exercises: readonly string[];
}

export type NextStep =
  | { kind: "exercise"; lesson: string; exercise: string }
  | { kind: "lesson"; lesson: string; title: string }
  | { kind: "finished" };

/**
 * After finishing `exercise` in `lesson`: the next unfinished exercise of the
 * same lesson, else the next lesson in the outline, else the end.
 */
export function nextStep(outline: readonly OutlineLesson[], lesson: string, exercise: string, progress: CourseProgress): NextStep {
  const index = outline.findIndex((item) => item.slug === lesson);
  const current = outline[index];
  if (current) {
    const after = current.exercises.slice(current.exercises.indexOf(exercise) + 1);
    const before = current.exercises.slice(0, current.exercises.indexOf(exercise));
    const open = [...after, ...before].find((slug) => slug !== exercise && !isExerciseComplete(progress, slug));
    if (open) return { kind: "exercise", lesson, exercise: open };
  }
  const next = index >= 0 ? outline[index + 1] : undefined;
  return next ? { kind: "lesson", lesson: next.slug, title: next.title } : { kind: "finished" };
}

export interface ContinueTarget {
  lesson: string;
  title: string;
  /**
   * Why this lesson: the learner was there last and has not finished it;
   * they finished the lesson they were on last and this is the next one
   * still open; or it is the first one not finished.
   */
  reason: "last-visit" | "next-unfinished" | "first-unfinished";
}

const finished = (lesson: OutlineLesson, progress: CourseProgress) =>
  lesson.exercises.length > 0 && lesson.exercises.every((slug) => isExerciseComplete(progress, slug));

/** The home page's "Continue where you left off": null for a learner who has not started, or who has finished everything. */
export function continueTarget(outline: readonly OutlineLesson[], progress: CourseProgress): ContinueTarget | null {
  const visitedIndex = progress.lastVisit ? outline.findIndex((item) => item.slug === progress.lastVisit?.lesson) : -1;
  if (visitedIndex >= 0) {
    const visited = outline[visitedIndex];
    if (!finished(visited, progress)) return { lesson: visited.slug, title: visited.title, reason: "last-visit" };
    // Done with it: the next open lesson after it, else an earlier one left open.
    const after = [...outline.slice(visitedIndex + 1), ...outline.slice(0, visitedIndex)].find((item) => !finished(item, progress) && item.exercises.length > 0);
    return after ? { lesson: after.slug, title: after.title, reason: "next-unfinished" } : null;
  }
  const started = Object.values(progress.exercises).some((entry) => entry.completedAt !== null);
  if (!started) return null;
  const unfinished = outline.find((item) => item.exercises.some((slug) => !isExerciseComplete(progress, slug)));
  return unfinished ? { lesson: unfinished.slug, title: unfinished.title, reason: "first-unfinished" } : null;
}

/** How far the learner is through the course: exercises and lessons completed. */
export function courseSummary(outline: readonly OutlineLesson[], progress: CourseProgress) {
  const exercises = outline.flatMap((lesson) => lesson.exercises);
  return {
    exercisesDone: exercises.filter((slug) => isExerciseComplete(progress, slug)).length,
    exercisesTotal: exercises.length,
    lessonsDone: outline.filter((lesson) => finished(lesson, progress)).length,
    lessonsTotal: outline.filter((lesson) => lesson.exercises.length > 0).length,
  };
}
