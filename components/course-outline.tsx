import Link from "next/link";
import type { LessonMeta } from "@/lib/content/lesson-schema";
import { LessonStatus } from "./navigation/lesson-status";

const frameworkLabel = { flask: "Flask", fastapi: "FastAPI", both: "Flask + FastAPI", none: "Concepts" } as const;

export function CourseOutline({ lessons }: { lessons: LessonMeta[] }) {
  return (
    <ol className="outline" aria-label="Course outline">
      {lessons.map((lesson) => (
        <li key={lesson.slug}>
          <div className="outline-title">
            <span className="number">{String(lesson.order).padStart(2, "0")}</span>
            <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link>
            <span className="tag">{frameworkLabel[lesson.framework]}</span>
            {lesson.minutes ? <span className="tag">{lesson.minutes} min</span> : null}
            <LessonStatus exercises={lesson.exercises} />
          </div>
          <p>{lesson.summary}</p>
        </li>
      ))}
    </ol>
  );
}
