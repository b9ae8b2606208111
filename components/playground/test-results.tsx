// pytest's verdict in the playground: a summary, pytest's warnings, then each
// test with its message and what it printed.
import type { TestReport } from "@/lib/python-runtime/types";
import styles from "./playground.module.css";

export function TestResults({ report }: { report: TestReport }) {
  const { summary } = report;
  const parts = [
    `${summary.passed} passed`,
    summary.failed ? `${summary.failed} failed` : null,
    summary.errors ? `${summary.errors} errors` : null,
    summary.skipped ? `${summary.skipped} skipped` : null,
  ].filter(Boolean);
  return (
    <section aria-label="Test results" className={styles.results}>
      <p className={`${styles.summaryLine} ${report.ok ? styles.ok : styles.bad}`} data-testid="playground-summary">
        {parts.join(", ")}
      </p>
      {report.error ? <pre className={styles.bad}>{[report.error.message, ...report.error.traceback].join("\n")}</pre> : null}
      {report.truncated ? <p>The output was cut at the sandbox&apos;s limit (256 KB) and the tests were stopped there.</p> : null}
      {report.warnings.length > 0 ? (
        <ul className={styles.warnings} aria-label="pytest warnings">
          {report.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <ul>
        {report.tests.map((test) => (
          <li key={test.id} data-outcome={test.outcome}>
            <strong className={test.outcome === "passed" ? styles.ok : styles.bad}>{test.outcome}</strong> <code>{test.name}</code>
            {test.description ? <span> — {test.description}</span> : null}
            {test.message ? <pre>{[test.message, ...test.traceback].join("\n")}</pre> : null}
            {test.output ? (
              <details open={test.outcome !== "passed"}>
                <summary>Output</summary>
                <pre>{test.output}</pre>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
