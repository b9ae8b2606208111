// The course's exercises in teaching order: by lesson, then by the order a
// lesson lists them. Exercises no lesson lists come last, by slug.
import { listExercises } from "@/lib/exercises/loader";
import { lessonOutline } from "./lessons";

export interface CatalogExercise {
  slug: string;
  title: string;
  lessonSlug: string | null;
  lessonTitle: string | null;
}

export async function courseExercises(): Promise<CatalogExercise[]> {
  const lessons = lessonOutline();
  const exercises = await listExercises();
  const position = new Map<string, { lessonIndex: number; index: number }>();
  lessons.forEach((lesson, lessonIndex) => lesson.exercises.forEach((slug, index) => position.set(slug, { lessonIndex, index })));
  const rank = (slug: string) => position.get(slug) ?? { lessonIndex: Number.MAX_SAFE_INTEGER, index: 0 };
  return exercises
    .map((exercise) => {
      const lesson = lessons.find((l) => l.exercises.includes(exercise.slug)) ?? lessons.find((l) => l.slug === exercise.meta.lesson) ?? null;
      return { slug: exercise.slug, title: exercise.meta.title, lessonSlug: lesson?.slug ?? null, lessonTitle: lesson?.title ?? null };
    })
    .sort((a, b) => rank(a.slug).lessonIndex - rank(b.slug).lessonIndex || rank(a.slug).index - rank(b.slug).index || a.slug.localeCompare(b.slug));
}
