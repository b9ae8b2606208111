import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FocusableOverflow } from "@/components/focusable-overflow";
import { LessonLayout } from "@/components/lesson/lesson-layout";
import { CourseSidebar } from "@/components/navigation/course-sidebar";
import { RecordVisit } from "@/components/navigation/record-visit";
import type { ExerciseContent } from "@/components/workspace/exercise-workspace";
import { WorkspaceLoader } from "@/components/workspace/workspace-loader";
import { lessonOutline, loadLessons } from "@/lib/content/lessons";
import { renderMarkdown, renderMdx } from "@/lib/content/markdown/render-markdown";
import { loadExercise } from "@/lib/exercises/loader";
import { toPublicExercise } from "@/lib/exercises/public-exercise";

type Params = { params: Promise<{ slug: string }> };

// The lesson files are read once per render; metadata and page share them.
const courseLessons = cache(() => loadLessons());
const findLesson = (slug: string) => courseLessons().find((lesson) => lesson.slug === slug) ?? null;

// Every lesson is rendered at build time (text, tables and highlighted code);
// the workspace loads in the browser.
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

  const text = (
    <article className="lesson">
      <RecordVisit lesson={slug} />
      <CourseSidebar lessons={navigation} current={slug} />
      <p className="lesson-kicker">
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
      <FocusableOverflow>{await renderMdx(lesson.body, lesson.file)}</FocusableOverflow>
      <nav className="lesson-nav" aria-label="Lesson navigation">
        {previous ? <Link href={`/lessons/${previous.slug}`}>← {previous.title}</Link> : <span />}
        {next ? <Link href={`/lessons/${next.slug}`}>{next.title} →</Link> : <span />}
      </nav>
    </article>
  );

  return (
    <LessonLayout
      lesson={text}
      workspace={exercises.length > 0 ? <WorkspaceLoader lessonSlug={slug} exercises={exercises} outline={navigation} /> : null}
    />
  );
}
