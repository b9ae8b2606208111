import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CellLabel } from "@/components/classrooms/progress-cells";
import { FocusableOverflow } from "@/components/focusable-overflow";
import { HighlightedCode } from "@/components/highlighted-code";
import { requireUser } from "@/lib/auth/require-user";
import { NotFoundError } from "@/lib/classrooms/errors";
import { checkResults, hiddenChecks, learnerExercise, type CheckResult, type SubmissionRecord } from "@/lib/classrooms/learner-report";
import { getDb } from "@/lib/db/client";
import { loadGradableExercise } from "@/lib/exercises/hidden-tests";
import { formatDateTime } from "@/lib/format-date";

export const metadata: Metadata = { title: "Learner submissions" };
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; learnerId: string; exercise: string }> };

const MARK = { passed: "✓", failed: "✗", "not-graded": "–" } as const;
const OUTCOME = { passed: "Passed", failed: "Failed", "not-graded": "Not graded" } as const;

function Checks({ results }: { results: CheckResult[] }) {
  return (
    <ul className="check-results" aria-label="Checks">
      {results.map((check) => (
        <li key={check.id} className={`check-${check.outcome}`}>
          <span aria-hidden="true">{MARK[check.outcome]}</span>
          <span className="visually-hidden">{OUTCOME[check.outcome]}: </span>
          <span>
            {check.title}
            {check.failedVariants.length > 0 ? <span className="muted"> (failed with {check.failedVariants.join(" and ")})</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SubmissionEntry({ submission, checks, open }: { submission: SubmissionRecord; checks: ReturnType<typeof hiddenChecks>; open: boolean }) {
  const results = checkResults(checks, submission);
  const verdict = submission.passed
    ? "passed"
    : submission.testsTotal === 0
      ? "did not load (no check ran)"
      : `${submission.testsPassed} of ${submission.testsTotal} checks passed`;
  // An explicit number: a <summary> is itself a list item, so a reversed
  // list would count it too and number a single submission "2".
  return (
    <li value={submission.number}>
      <details open={open}>
        <summary>
          <time dateTime={submission.at}>{formatDateTime(submission.at)}</time>: <strong className={submission.passed ? "ok" : "bad"}>{verdict}</strong>
        </summary>
        <Checks results={results} />
      </details>
    </li>
  );
}

export default async function LearnerExercisePage({ params }: Params) {
  const { id, learnerId, exercise: slug } = await params;
  const user = await requireUser(`/classrooms/${id}/learners/${learnerId}/${slug}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) notFound();
  const [report, exercise] = await Promise.all([
    learnerExercise(getDb(), user.id, id, learnerId, slug),
    loadGradableExercise(slug).catch((error: unknown) => {
      if (error instanceof Error && error.name === "ExerciseNotFoundError") return null;
      throw error;
    }),
  ]).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!exercise) notFound();
  const checks = hiddenChecks(exercise.hiddenTests);
  const { cell } = report;

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/classrooms">Classrooms</Link> / <Link href={`/classrooms/${id}`}>{report.classroom.name}</Link> /{" "}
        <Link href={`/classrooms/${id}/learners/${learnerId}`}>{report.learner.name}</Link> / {exercise.meta.title}
      </p>
      <h1>
        {report.learner.name}: {exercise.meta.title}
      </h1>
      <dl className="summary-grid">
        <div>
          <dt>Status</dt>
          <dd className={`cell-${cell.status}`}>
            <CellLabel cell={cell} />
          </dd>
        </div>
        <div>
          <dt>Best submission</dt>
          <dd>{cell.attempts > 0 ? `${cell.bestPassed} of ${cell.bestTotal} checks` : "—"}</dd>
        </div>
        <div>
          <dt>First passed</dt>
          <dd>{cell.firstPassedAt ? formatDateTime(cell.firstPassedAt) : "—"}</dd>
        </div>
        <div>
          <dt>Last attempt</dt>
          <dd>{cell.lastAttemptAt ? formatDateTime(cell.lastAttemptAt) : "—"}</dd>
        </div>
      </dl>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Submissions</h2>
        {report.submissions.length === 0 ? (
          <p>No graded submission yet. (Runs of the visible tests are not recorded; submissions of signed-in learners are.)</p>
        ) : (
          <ol className="submission-list" reversed>
            {report.submissions.map((submission, index) => (
              <SubmissionEntry key={submission.id} submission={submission} checks={checks} open={index === 0} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="code-heading">
        <h2 id="code-heading">Latest code</h2>
        {report.code === null ? (
          <p>No code saved yet.</p>
        ) : (
          <FocusableOverflow>
            {Object.entries(report.code).map(([name, source]) => (
              <figure key={name} className="code-file">
                <figcaption>
                  <code>{name}</code>
                </figcaption>
                <HighlightedCode code={source} file={name} />
              </figure>
            ))}
          </FocusableOverflow>
        )}
      </section>
    </>
  );
}
