// The checks of a Run or a Submit: headline, the problem that stopped the run
// (with what to do next), then one line per check with its description and,
// when it failed, the assertion message. Never a hidden test's source.
import type { Feedback, FeedbackCheck } from "@/lib/grading/feedback";
import styles from "./workspace.module.css";
import type { RunOutcome } from "./use-exercise-runner";

const OUTCOME_LABEL: Record<FeedbackCheck["outcome"], string> = {
  passed: "Passed",
  failed: "Failed",
  error: "Error",
  skipped: "Skipped",
  "not-run": "Did not run",
};

function Check({ check }: { check: FeedbackCheck }) {
  const ok = check.outcome === "passed";
  return (
    <li className={ok ? styles.checkPassed : styles.checkFailed}>
      <span className={styles.checkMark} aria-hidden="true">
        {ok ? "✓" : "✗"}
      </span>
      <span className={styles.visuallyHidden}>{OUTCOME_LABEL[check.outcome]}: </span>
      <span>
        {check.title}
        {check.variant ? <span className={styles.variant}> ({check.variant})</span> : null}
      </span>
      {check.message ? <pre className={styles.checkMessage}>{check.message}</pre> : null}
      {check.traceback.length > 0 ? <pre className={styles.traceback}>{check.traceback.join("\n")}</pre> : null}
    </li>
  );
}

export function FeedbackView({ feedback, heading }: { feedback: Feedback; heading: string }) {
  const { problem } = feedback;
  return (
    <div className={styles.feedback}>
      <h3 className={styles.panelHeading}>{heading}</h3>
      <p className={feedback.passed ? styles.headlinePassed : styles.headlineFailed} data-testid="feedback-headline">
        {feedback.headline}
      </p>
      {problem ? (
        <div className={styles.problem}>
          {/* The runtime's message often just restates the headline ("The run was stopped."). */}
          {problem.message && problem.message.replace(/\.$/, "") !== problem.title ? <pre className={styles.checkMessage}>{problem.message}</pre> : null}
          {problem.traceback.length > 0 ? <pre className={styles.traceback}>{problem.traceback.join("\n")}</pre> : null}
          <p>{problem.advice}</p>
        </div>
      ) : null}
      {feedback.checks.length > 0 ? (
        <ul className={styles.checks} aria-label="Checks">
          {feedback.checks.map((check) => (
            <Check key={check.id} check={check} />
          ))}
        </ul>
      ) : null}
      {feedback.ignoredFiles.length > 0 ? (
        <p className={styles.muted}>Not graded: {feedback.ignoredFiles.join(", ")} (test and pytest files are not part of an answer).</p>
      ) : null}
    </div>
  );
}

export function ResultsPanel({ outcome, busyText }: { outcome: RunOutcome | null; busyText: string | null }) {
  // While a run is in progress the previous result would be stale: say what is happening instead.
  if (busyText) return <p className={styles.muted}>{busyText}</p>;
  if (!outcome) {
    return <p className={styles.muted}>Press Run to check your code against the visible tests, or Submit for the full checks.</p>;
  }
  return <FeedbackView feedback={outcome.feedback} heading={outcome.kind === "run" ? "Visible tests" : "Submission checks"} />;
}
