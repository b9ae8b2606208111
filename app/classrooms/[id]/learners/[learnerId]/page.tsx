import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CellLabel } from "@/components/classrooms/progress-cells";
import { requireUser } from "@/lib/auth/require-user";
import { groupByLesson } from "@/lib/classrooms/dashboard";
import { NotFoundError } from "@/lib/classrooms/errors";
import { learnerOverview } from "@/lib/classrooms/learner-report";
import { courseExercises } from "@/lib/content/course-catalog";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { removeLearnerAction } from "../../../actions";

export const metadata: Metadata = { title: "Learner progress" };
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; learnerId: string }> };

export default async function LearnerPage({ params }: Params) {
  const { id, learnerId } = await params;
  const user = await requireUser(`/classrooms/${id}/learners/${learnerId}`);
  const exercises = await courseExercises();
  const report = await learnerOverview(
    getDb(),
    user.id,
    id,
    learnerId,
    exercises.map((e) => e.slug),
  ).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const lessons = groupByLesson(exercises);
  const passed = Object.values(report.cells).filter((cell) => cell.status === "passed").length;
  const attempts = Object.values(report.cells).reduce((sum, cell) => sum + cell.attempts, 0);
  const lastAttempt = Object.values(report.cells)
    .map((cell) => cell.lastAttemptAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/classrooms">Classrooms</Link> / <Link href={`/classrooms/${id}`}>{report.classroom.name}</Link> / {report.learner.name}
      </p>
      <h1>{report.learner.name}</h1>
      <dl className="summary-grid">
        <div>
          <dt>Email</dt>
          <dd>{report.learner.email}</dd>
        </div>
        <div>
          <dt>Joined</dt>
          <dd>{formatDateTime(report.learner.joinedAt)}</dd>
        </div>
        <div>
          <dt>Exercises passed</dt>
          <dd>
            {passed} of {exercises.length}
          </dd>
        </div>
        <div>
          <dt>Graded submissions</dt>
          <dd>
            {attempts}
            {lastAttempt ? `, the last ${formatDateTime(lastAttempt)}` : ""}
          </dd>
        </div>
      </dl>

      {lessons.map((lesson) => (
        <section key={lesson.slug ?? "none"} aria-labelledby={`lesson-${lesson.slug ?? "none"}`}>
          <h2 id={`lesson-${lesson.slug ?? "none"}`} className="h3">
            {lesson.title}
          </h2>
          <div className="table-scroll">
            <table className="grid-table">
              <thead>
                <tr>
                  <th scope="col">Exercise</th>
                  <th scope="col">Status</th>
                  <th scope="col">First passed</th>
                  <th scope="col">Last attempt</th>
                </tr>
              </thead>
              <tbody>
                {lesson.exercises.map((exercise) => {
                  const cell = report.cells[exercise.slug];
                  return (
                    <tr key={exercise.slug}>
                      <th scope="row">
                        <Link href={`/classrooms/${id}/learners/${learnerId}/${exercise.slug}`}>{exercise.title}</Link>
                      </th>
                      <td className={`cell-${cell.status}`}>
                        <CellLabel cell={cell} />
                      </td>
                      <td>{cell.firstPassedAt ? formatDateTime(cell.firstPassedAt) : "—"}</td>
                      <td>{cell.lastAttemptAt ? formatDateTime(cell.lastAttemptAt) : "—"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <form action={removeLearnerAction} className="danger-zone">
        <input type="hidden" name="classroomId" value={id} />
        <input type="hidden" name="learnerId" value={learnerId} />
        <button type="submit" className="link-button">
          Remove {report.learner.name} from {report.classroom.name}
        </button>
      </form>
    </>
  );
}
