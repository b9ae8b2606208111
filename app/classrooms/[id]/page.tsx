import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CellLabel, LessonCell } from "@/components/classrooms/progress-cells";
import { requireUser } from "@/lib/auth/require-user";
import { getDashboard, lessonProgress, type Dashboard, type LessonGroup } from "@/lib/classrooms/dashboard";
import { NotFoundError } from "@/lib/classrooms/errors";
import { formatJoinCode } from "@/lib/classrooms/join-code";
import { courseExercises } from "@/lib/content/course-catalog";
import { lessonOutline } from "@/lib/content/lessons";
import { getDb } from "@/lib/db/client";

export const metadata: Metadata = { title: "Classroom dashboard" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lesson?: string }> };

const lessonNumber = (orders: Map<string, number>, lesson: LessonGroup) => (lesson.slug && orders.has(lesson.slug) ? String(orders.get(lesson.slug)).padStart(2, "0") : "–");

/** Learners by lesson: one column per lesson, each cell the lesson's exercises passed. */
function LessonGrid({ dashboard, orders, classroomId }: { dashboard: Dashboard; orders: Map<string, number>; classroomId: string }) {
  return (
    <div className="table-scroll sticky-first" tabIndex={0} role="region" aria-label="Progress by lesson (scrolls sideways)">
      <table className="grid-table compact">
        <caption className="visually-hidden">Exercises passed by each learner, by lesson</caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            <th scope="col">Course</th>
            {dashboard.lessons.map((lesson) => (
              <th scope="col" key={lesson.slug ?? "none"} className="numeric">
                {lesson.slug ? (
                  // The name in a label: a hidden span's text would be read (and
                  // matched) as a separate word, "02 : Routes".
                  <Link href={`/classrooms/${classroomId}?lesson=${lesson.slug}`} title={lesson.title} aria-label={`${lessonNumber(orders, lesson)}: ${lesson.title}`}>
                    {lessonNumber(orders, lesson)}
                  </Link>
                ) : (
                  <span title={lesson.title}>{lesson.title}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.learners.map((learner) => (
            <tr key={learner.id}>
              <th scope="row">
                <Link href={`/classrooms/${classroomId}/learners/${learner.id}`}>{learner.name}</Link>
                <small>{learner.email}</small>
              </th>
              <td className="numeric">
                {learner.completion}%
                <span className="meter" aria-hidden="true">
                  <span style={{ width: `${learner.completion}%` }} />
                </span>
              </td>
              {dashboard.lessons.map((lesson) => (
                <LessonCell key={lesson.slug ?? "none"} progress={lessonProgress(learner, lesson)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Learners by exercise, for one lesson. */
function ExerciseGrid({ dashboard, lesson, classroomId }: { dashboard: Dashboard; lesson: LessonGroup; classroomId: string }) {
  return (
    <div className="table-scroll sticky-first" tabIndex={0} role="region" aria-label={`Exercises of ${lesson.title} (scrolls sideways)`}>
      <table className="grid-table compact">
        <caption className="visually-hidden">Each learner&apos;s result in the exercises of {lesson.title}</caption>
        <thead>
          <tr>
            <th scope="col">Learner</th>
            {lesson.exercises.map((exercise) => (
              <th scope="col" key={exercise.slug}>
                {exercise.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.learners.map((learner) => (
            <tr key={learner.id}>
              <th scope="row">
                <Link href={`/classrooms/${classroomId}/learners/${learner.id}`}>{learner.name}</Link>
                <small>{learner.email}</small>
              </th>
              {lesson.exercises.map((exercise) => {
                const cell = learner.cells[exercise.slug];
                return (
                  <td key={exercise.slug} className={`cell-${cell.status}`}>
                    {cell.status === "not-started" ? (
                      <CellLabel cell={cell} />
                    ) : (
                      <Link href={`/classrooms/${classroomId}/learners/${learner.id}/${exercise.slug}`}>
                        <CellLabel cell={cell} />
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ClassroomDashboardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { lesson: lessonSlug } = await searchParams;
  const user = await requireUser(`/classrooms/${id}`);
  const exercises = (await courseExercises()).map(({ slug, title, lessonSlug, lessonTitle }) => ({ slug, title, lessonSlug, lessonTitle }));
  const dashboard = await getDashboard(getDb(), user.id, id, exercises).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const orders = new Map(lessonOutline().map((lesson) => [lesson.slug, lesson.order]));
  const selected = lessonSlug ? dashboard.lessons.find((lesson) => lesson.slug === lessonSlug) : undefined;
  const requestHeaders = await headers();
  const origin = process.env.BETTER_AUTH_URL || `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "localhost:3000"}`;
  const code = formatJoinCode(dashboard.classroom.joinCode);
  const count = dashboard.learners.length;

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/classrooms">Classrooms</Link> / {dashboard.classroom.name}
      </p>
      <h1>
        {dashboard.classroom.name}
        {dashboard.classroom.strictMode ? <span className="tag">strict grading</span> : null}
      </h1>
      <dl className="summary-grid">
        <div>
          <dt>Join code</dt>
          <dd>
            <code className="join-code">{code}</code>
          </dd>
        </div>
        <div>
          <dt>Join link</dt>
          <dd>
            <code>{`${origin}/join/${code}`}</code>
          </dd>
        </div>
        <div>
          <dt>Learners</dt>
          <dd>{count}</dd>
        </div>
        <div>
          <dt>Class completion</dt>
          <dd>{dashboard.completion}% of exercises passed</dd>
        </div>
      </dl>
      <p>
        <a href={`/classrooms/${id}/export.csv`} download>
          Download the progress as CSV
        </a>{" "}
        <span className="muted">(one row per learner and exercise: status, attempts, best result, first pass, last attempt)</span>
      </p>

      {count === 0 ? (
        <p>No learners yet. Share the join code or the link.</p>
      ) : selected ? (
        <section aria-labelledby="lesson-heading">
          <p>
            <Link href={`/classrooms/${id}`}>← All lessons</Link>
          </p>
          <h2 id="lesson-heading">
            Lesson {lessonNumber(orders, selected)}: {selected.title}
          </h2>
          <ExerciseGrid dashboard={dashboard} lesson={selected} classroomId={id} />
        </section>
      ) : (
        <section aria-labelledby="grid-heading">
          <h2 id="grid-heading">Progress by lesson</h2>
          <p className="muted">Exercises passed of each lesson&apos;s exercises. Choose a lesson number to see its exercises, a name to see a learner&apos;s history.</p>
          <LessonGrid dashboard={dashboard} orders={orders} classroomId={id} />
        </section>
      )}

      <section aria-labelledby="failing-heading">
        <h2 id="failing-heading">Hidden tests that fail most often</h2>
        {dashboard.failingTests.length === 0 ? (
          <p>No failed submissions yet.</p>
        ) : (
          <ol>
            {dashboard.failingTests.map((t) => (
              <li key={`${t.exerciseSlug}-${t.testId}`}>
                <code>{t.testId}</code> in {dashboard.exercises.find((e) => e.slug === t.exerciseSlug)?.title ?? t.exerciseSlug}: {t.failures} failed submission
                {t.failures === 1 ? "" : "s"}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
