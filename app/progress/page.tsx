import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/require-user";
import { groupByLesson } from "@/lib/classrooms/dashboard";
import { courseExercises } from "@/lib/content/course-catalog";
import { lessonOutline } from "@/lib/content/lessons";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { listProgress, type ProgressEntry } from "@/lib/progress/progress-store";

export const metadata: Metadata = { title: "My progress" };
export const dynamic = "force-dynamic";

function ExerciseStatus({ entry }: { entry: ProgressEntry | undefined }) {
  if (!entry || (entry.status !== "passed" && entry.attempts === 0)) {
    return <span className="muted">{entry ? "started, not submitted yet" : "not started"}</span>;
  }
  if (entry.status === "passed") {
    return (
      <span className="ok">
        ✓ passed{entry.firstPassedAt ? ` on ${formatDateTime(entry.firstPassedAt)}` : ""}
        <small className="muted">
          {" "}
          · {entry.attempts} submission{entry.attempts === 1 ? "" : "s"}
        </small>
      </span>
    );
  }
  return (
    <span>
      best {entry.bestPassed} of {entry.bestTotal} checks
      <small className="muted">
        {" "}
        · {entry.attempts} submission{entry.attempts === 1 ? "" : "s"}
      </small>
    </span>
  );
}

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [exercises, progress] = await Promise.all([courseExercises(), listProgress(getDb(), user.id)]);
  const bySlug = new Map(progress.map((p) => [p.exerciseSlug, p]));
  const orders = new Map(lessonOutline().map((lesson) => [lesson.slug, lesson.order]));
  const lessons = groupByLesson(exercises);
  const passedIn = (slugs: string[]) => slugs.filter((slug) => bySlug.get(slug)?.status === "passed").length;
  const passed = passedIn(exercises.map((e) => e.slug));
  const lessonsDone = lessons.filter((lesson) => lesson.exercises.length > 0 && passedIn(lesson.exercises.map((e) => e.slug)) === lesson.exercises.length).length;
  const submissions = progress.reduce((sum, entry) => sum + entry.attempts, 0);
  const percent = exercises.length === 0 ? 0 : Math.round((passed / exercises.length) * 100);
  const nextLesson = lessons.find((lesson) => lesson.slug && passedIn(lesson.exercises.map((e) => e.slug)) < lesson.exercises.length);

  return (
    <>
      <h1>My progress</h1>
      <section aria-label="Summary" className="progress-summary">
        <p className="progress-figure">
          <strong>{passed}</strong> of {exercises.length} exercises passed
        </p>
        <div className="meter large" role="img" aria-label={`${percent}% of the course`}>
          <span style={{ width: `${percent}%` }} />
        </div>
        <p>
          {lessonsDone} of {lessons.length} lessons complete · {submissions} graded submission{submissions === 1 ? "" : "s"}
        </p>
        {nextLesson?.slug ? (
          <p>
            <Link className="button" href={`/lessons/${nextLesson.slug}`}>
              {passed === 0 ? "Start" : "Continue"} with {nextLesson.title}
            </Link>
          </p>
        ) : passed > 0 ? (
          <p>You have passed every exercise of the course. Well done!</p>
        ) : null}
        <p className="muted">
          Saved in your account from your submissions, which the server grades again. <Link href="/classrooms">Classrooms</Link>
        </p>
      </section>

      <ol className="lesson-progress" aria-label="Progress by lesson">
        {lessons.map((lesson) => {
          const slugs = lesson.exercises.map((e) => e.slug);
          const done = passedIn(slugs);
          const complete = slugs.length > 0 && done === slugs.length;
          return (
            <li key={lesson.slug ?? "none"}>
              <div className="lesson-progress-head">
                <h2 className="h3">
                  {lesson.slug ? <span className="number">{String(orders.get(lesson.slug) ?? "").padStart(2, "0")}</span> : null}{" "}
                  {lesson.slug ? <Link href={`/lessons/${lesson.slug}`}>{lesson.title}</Link> : lesson.title}
                </h2>
                <span className={complete ? "status-complete" : done > 0 ? "status-started" : "muted"}>
                  {complete ? "✓ Complete" : `${done} of ${slugs.length} exercise${slugs.length === 1 ? "" : "s"}`}
                </span>
              </div>
              <ul>
                {lesson.exercises.map((exercise) => (
                  <li key={exercise.slug}>
                    <span>{exercise.title}</span> <ExerciseStatus entry={bySlug.get(exercise.slug)} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </>
  );
}
