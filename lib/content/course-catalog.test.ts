// The course's lessons and exercises point at each other correctly: every
// slug a lesson lists is an exercise, and every exercise is listed by the
// lesson it names, so none is unreachable from the lesson pages.
import { describe, expect, it } from "vitest";
import { listExercises } from "@/lib/exercises/loader";
import { lessonOutline } from "./lessons";
import { courseExercises } from "./course-catalog";

describe("course catalog", () => {
  it("links every lesson's exercises to real exercises, and every exercise to the lesson that lists it", async () => {
    const lessons = lessonOutline();
    const exercises = await listExercises();
    const exerciseSlugs = new Set(exercises.map((e) => e.slug));
    for (const lesson of lessons) {
      for (const slug of lesson.exercises) expect(exerciseSlugs.has(slug), `${lesson.file}: frontmatter.exercises: no exercise "${slug}"`).toBe(true);
    }
    for (const exercise of exercises) {
      const lesson = lessons.find((l) => l.slug === exercise.meta.lesson);
      expect(lesson, `exercises/${exercise.slug}/exercise.json: lesson: no lesson "${exercise.meta.lesson}"`).toBeDefined();
      expect(lesson!.exercises, `${lesson!.file}: frontmatter.exercises: does not list "${exercise.slug}"`).toContain(exercise.slug);
    }
  });

  it("orders exercises by lesson", async () => {
    const catalog = await courseExercises();
    const order = lessonOutline().map((l) => l.slug);
    const positions = catalog.map((e) => order.indexOf(e.lessonSlug ?? ""));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const firstLessonWithExercises = lessonOutline().find((l) => l.exercises.length > 0)!;
    expect(catalog[0]).toMatchObject({ slug: firstLessonWithExercises.exercises[0], lessonSlug: firstLessonWithExercises.slug });
  });
});
