import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";
import { getDashboard } from "@/lib/classrooms/dashboard";
import { NotFoundError } from "@/lib/classrooms/errors";
import { courseExercises } from "@/lib/content/course-catalog";
import { getDb } from "@/lib/db/client";
import { removeLearnerAction } from "../actions";

export const metadata: Metadata = { title: "Classroom dashboard" };
export const dynamic = "force-dynamic";

const cellLabel = { passed: "✓ passed", started: "started", "not-started": "—" } as const;

export default async function ClassroomDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/classrooms/${id}`);
  const exercises = (await courseExercises()).map(({ slug, title }) => ({ slug, title }));
  const dashboard = await getDashboard(getDb(), user.id, id, exercises).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const requestHeaders = await headers();
  const origin = process.env.BETTER_AUTH_URL || `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${requestHeaders.get("host") ?? "localhost:3000"}`;
  return (
    <>
      <p>
        <Link href="/classrooms">Classrooms</Link> / {dashboard.classroom.name}
      </p>
      <h1>{dashboard.classroom.name}</h1>
      <p>
        Join code <code className="join-code">{dashboard.classroom.joinCode}</code> · link <code>{`${origin}/join/${dashboard.classroom.joinCode}`}</code>
        {dashboard.classroom.strictMode ? <span className="tag">strict grading</span> : null}
      </p>
      <p>
        Class completion: <strong>{dashboard.completion}%</strong> · <a href={`/classrooms/${id}/export.csv`}>Download CSV</a>
      </p>
      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">Progress by exercise</h2>
        {dashboard.learners.length === 0 ? (
          <p>No learners yet. Share the join code.</p>
        ) : (
          <div className="table-scroll">
            <table className="grid-table">
              <caption>Learners by exercise</caption>
              <thead>
                <tr>
                  <th scope="col">Learner</th>
                  <th scope="col">Completion</th>
                  {dashboard.exercises.map((e) => (
                    <th scope="col" key={e.slug}>
                      {e.title}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {dashboard.learners.map((learner) => (
                  <tr key={learner.id}>
                    <th scope="row">
                      {learner.name}
                      <br />
                      <small>{learner.email}</small>
                    </th>
                    <td>{learner.completion}%</td>
                    {dashboard.exercises.map((e) => {
                      const cell = learner.cells[e.slug];
                      return (
                        <td key={e.slug} className={`cell-${cell.status}`}>
                          {cell.status === "not-started" ? (
                            cellLabel[cell.status]
                          ) : (
                            <Link href={`/classrooms/${id}/learners/${learner.id}/${e.slug}`}>
                              {cellLabel[cell.status]}
                              {cell.status === "started" ? ` ${cell.bestPassed}/${cell.bestTotal}` : ""}
                            </Link>
                          )}
                          {cell.attempts ? <small> ({cell.attempts})</small> : null}
                        </td>
                      );
                    })}
                    <td>
                      <form action={removeLearnerAction}>
                        <input type="hidden" name="classroomId" value={id} />
                        <input type="hidden" name="learnerId" value={learner.id} />
                        <button type="submit" className="link-button">
                          Remove {learner.name}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
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
