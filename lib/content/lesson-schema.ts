import { z } from "zod";

/** Frontmatter of a lesson file `lessons/NN-slug.mdx`. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string().min(3).describe("Lesson title shown in the outline and as the page heading"),
    summary: z.string().min(10).describe("One or two sentences for the outline"),
    framework: z.enum(["flask", "fastapi", "both", "none"]).describe("Which framework the lesson is mainly about"),
    objectives: z.array(z.string().min(3)).min(1).describe("What the learner can do after the lesson"),
    exercises: z.array(z.string().regex(/^[a-z0-9-]+$/, "exercise slugs are lowercase words joined by -")).default([]).describe("Slugs of exercises in exercises/, in order"),
    minutes: z.number().int().positive().max(240).optional().describe("Estimated time to complete, in minutes"),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export interface LessonMeta extends LessonFrontmatter {
  /** URL segment, from the file name without its number prefix. */
  slug: string;
  /** Position in the course, from the file name's number prefix. */
  order: number;
  /** Path relative to the project root, for error messages. */
  file: string;
}

export interface Lesson extends LessonMeta {
  /** MDX body without frontmatter. */
  body: string;
}

/** `01-first-flask-app.mdx` -> { order: 1, slug: "first-flask-app" } */
export const lessonFileNamePattern = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;
