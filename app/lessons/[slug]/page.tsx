import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CourseSidebar } from "@/components/navigation/course-sidebar";
import { RecordVisit } from "@/components/navigation/record-visit";
import type { ExerciseContent } from "@/components/workspace/exercise-workspace";
import { WorkspaceLoader } from "@/components/workspace/workspace-loader";
import { lessonOutline, loadLessons } from "@/lib/content/lessons";
import { renderMdx } from "@/lib/content/render-mdx";
import { loadExercise } from "@/lib/exercises/loader";
import { toPublicExercise } from "@/lib/exercises/public-exercise";
import { renderMarkdown } from "@/lib/workspace/render-markdown";
import styles from "./lesson-page.module.css";

type Params = { params: Promise<{ slug: string }> };

// The lesson files are read once per request; metadata and page share them.
const courseLessons = cache(() => loadLessons());
const findLesson = (slug: string) => courseLessons().find((lesson) => lesson.slug === slug) ?? null;

export function generateStaticParams() {
  return lessonOutline().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

/** What the browser gets for each exercise: the public fields, and its Markdown rendered here. */
async function exerciseContent(slug: string): Promise<ExerciseContent> {
  const exercise = toPublicExercise(await loadExercise(slug));
  const file = `exercises/${slug}`;
  return {
    exercise,
    // The exercise's own heading is an <h2>: its instructions start at <h3>.
    instructions: await renderMarkdown(exercise.instructions, `${file}/instructions.md`, { shiftHeadings: 2 }),
    hints: await Promise.all(exercise.hints.map((hint, index) => renderMarkdown(hint, `${file}/exercise.json: hints.${index}`))),
  };
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) notFound();
  const outline = courseLessons();
  const index = outline.findIndex((item) => item.slug === slug);
  const previous = outline[index - 1];
  const next = outline[index + 1];
  const exercises = await Promise.all(lesson.exercises.map(exerciseContent));
  const navigation = outline.map((item) => ({ slug: item.slug, title: item.title, order: item.order, exercises: item.exercises }));

  return (
    <div className={exercises.length > 0 ? styles.withWorkspace : styles.textOnly}>
      <RecordVisit lesson={slug} />
      <aside className={styles.sidebar}>
        <CourseSidebar lessons={navigation} current={slug} />
      </aside>
      <article className={`lesson ${styles.text}`}>
        <p>
          <Link href="/#outline">Lessons</Link> / {String(lesson.order).padStart(2, "0")}
        </p>
        <h1>{lesson.title}</h1>
        <section className="objectives" aria-label="Objectives">
          <p>After this lesson you can:</p>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
        {await renderMdx(lesson.body, lesson.file)}
        <nav className="lesson-nav" aria-label="Lesson navigation">
          {previous ? <Link href={`/lessons/${previous.slug}`}>← {previous.title}</Link> : <span />}
          {next ? <Link href={`/lessons/${next.slug}`}>{next.title} →</Link> : <span />}
        </nav>
      </article>
      {exercises.length > 0 ? (
        <section className={styles.workspace} aria-label="Workspace">
          <WorkspaceLoader lessonSlug={slug} exercises={exercises} outline={navigation} />
        </section>
      ) : null}
    </div>
  );
}
