import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findLesson, lessonOutline } from "@/lib/content/lessons";
import { renderMdx } from "@/lib/content/render-mdx";

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return lessonOutline().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const lesson = findLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Params) {
  const { slug } = await params;
  const lesson = findLesson(slug);
  if (!lesson) notFound();
  const outline = lessonOutline();
  const index = outline.findIndex((item) => item.slug === slug);
  const previous = outline[index - 1];
  const next = outline[index + 1];
  return (
    <article className="lesson">
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
  );
}
