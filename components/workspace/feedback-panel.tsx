// The checks of a Run or a Submit: headline, the problem that stopped the run
// (with what to do next), then one line per check with its description and,
// when it failed, the assertion message, and what the code printed during it
// ("Your output"). Never a hidden test's source.
import { forwardRef, type ReactNode } from "react";
import { ORDER_DEPENDENCE_NOTE, type Feedback, type FeedbackCheck } from "@/lib/grading/feedback";
import { InlineCode } from "./inline-code";
import styles from "./workspace.module.css";
import type { RunOutcome } from "./use-exercise-runner";

const OUTCOME_LABEL: Record<FeedbackCheck["outcome"], string> = {
  passed: "Passed",
  failed: "Failed",
  error: "Error",
  skipped: "Skipped",
  "not-run": "Did not run",
};

function CheckOutput({ output, open }: { output: string; open: boolean }) {
  const lines = output.split("\n").length;
  return (
    <details className={styles.checkOutput} open={open}>
      <summary>
        Your output <span className={styles.muted}>({lines === 1 ? "1 line" : `${lines} lines`})</span>
      </summary>
      <pre>{output}</pre>
    </details>
  );
}

/** What a known wrong answer that fails this check the same way got wrong. */
function KnownMistakes({ mistakes }: { mistakes: NonNullable<FeedbackCheck["knownMistakes"]> }) {
  return (
    <div className={styles.knownMistakes}>
      <p>A common mistake fails this check the same way:</p>
      <ul>
        {mistakes.map((known) => (
          <li key={known.mistake}>
            {known.mistake}
            {known.requirement ? <span className={styles.requirement}> The instructions say: “{known.requirement}”.</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

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
      {check.output ? <CheckOutput output={check.output} open={!ok} /> : null}
      {check.passesAlone ? <p className={styles.orderDependence}>{ORDER_DEPENDENCE_NOTE}</p> : null}
      {check.knownMistakes?.length ? <KnownMistakes mistakes={check.knownMistakes} /> : null}
    </li>
  );
}

interface FeedbackViewProps {
  feedback: Feedback;
  heading: string;
  /** Shown right under the headline: what a pass means for progress, and where to go next. */
  afterHeadline?: ReactNode;
}

/** The headline is focusable (tabIndex -1): after a run the workspace brings it into view and may move focus to it. */
export const FeedbackView = forwardRef<HTMLParagraphElement, FeedbackViewProps>(function FeedbackView({ feedback, heading, afterHeadline }, headlineRef) {
  const { problem } = feedback;
  return (
    <div className={styles.feedback}>
      <h3 className={styles.panelHeading}>{heading}</h3>
      <p ref={headlineRef} tabIndex={-1} className={feedback.passed ? styles.headlinePassed : styles.headlineFailed} data-testid="feedback-headline">
        <InlineCode text={feedback.headline} />
      </p>
      {afterHeadline}
      {problem ? (
        <div className={styles.problem}>
          {/* The runtime's message often just restates the headline ("The run was stopped."). */}
          {problem.message && problem.message.replace(/\.$/, "") !== problem.title ? <pre className={styles.checkMessage}>{problem.message}</pre> : null}
          {problem.traceback.length > 0 ? <pre className={styles.traceback}>{problem.traceback.join("\n")}</pre> : null}
          <p>
            <InlineCode text={problem.advice} />
          </p>
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
});

interface ResultsPanelProps {
  outcome: RunOutcome | null;
  busyText: string | null;
  afterHeadline?: ReactNode;
}

export const ResultsPanel = forwardRef<HTMLParagraphElement, ResultsPanelProps>(function ResultsPanel({ outcome, busyText, afterHeadline }, headlineRef) {
  // While a run is in progress the previous result would be stale: say what is happening instead.
  if (busyText) return <p className={styles.muted}>{busyText}</p>;
  if (!outcome) {
    return <p className={styles.muted}>Press Run to check your code against the visible tests, or Submit for the full checks.</p>;
  }
  return (
    <FeedbackView
      ref={headlineRef}
      feedback={outcome.feedback}
      heading={outcome.kind === "run" ? "Visible tests" : "Submission checks"}
      afterHeadline={afterHeadline}
    />
  );
});
