// Loads lessons from lessons/NN-slug.mdx. Content is data: every file is
// validated, and a problem is reported with the file and the field.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { ContentError, splitFrontmatter } from "./frontmatter";
import { type Lesson, type LessonMeta, lessonFileNamePattern, lessonFrontmatterSchema } from "./lesson-schema";

// The ignore comments keep Next's file tracer from copying the whole project
// into the server bundle; lessons are read from the project folder at run time.
export const defaultLessonsDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "lessons");

function fieldPath(issue: z.core.$ZodIssue): string {
  return ["frontmatter", ...issue.path.map(String)].join(".");
}

export function parseLesson(source: string, file: string): Lesson {
  const name = path.basename(file);
  const nameMatch = lessonFileNamePattern.exec(name);
  if (!nameMatch) throw new ContentError(file, "file name", "expected NN-lowercase-slug.mdx, e.g. 01-first-flask-app.mdx");
  const { data, body } = splitFrontmatter(source, file);
  const parsed = lessonFrontmatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(file, fieldPath(issue), issue.message);
  }
  if (!body.trim()) throw new ContentError(file, "body", "the lesson has no text after its frontmatter");
  return { ...parsed.data, slug: nameMatch[2], order: Number(nameMatch[1]), file, body };
}

export function loadLessons(dir = defaultLessonsDir): Lesson[] {
  const relative = (name: string) => path.relative(/*turbopackIgnore: true*/ process.cwd(), path.join(/*turbopackIgnore: true*/ dir, name)) || name;
  const lessons = readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => parseLesson(readFileSync(path.join(/*turbopackIgnore: true*/ dir, name), "utf8"), relative(name)));
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    for (const [key, kind] of [[lesson.slug, "slug"], [`#${lesson.order}`, "number prefix"]] as const) {
      const other = seen.get(key);
      if (other) throw new ContentError(lesson.file, "file name", `duplicate ${kind} (also used by ${other})`);
      seen.set(key, lesson.file);
    }
  }
  return lessons;
}

export function lessonOutline(dir = defaultLessonsDir): LessonMeta[] {
  return loadLessons(dir).map((lesson) => {
    const meta: Partial<Lesson> = { ...lesson };
    delete meta.body;
    return meta as LessonMeta;
  });
}

export function findLesson(slug: string, dir = defaultLessonsDir): Lesson | null {
  return loadLessons(dir).find((lesson) => lesson.slug === slug) ?? null;
}
