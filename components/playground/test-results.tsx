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
      <p className={report.ok ? styles.ok : styles.bad}>{parts.join(", ")}</p>
      {report.error ? <p className={styles.bad}>{report.error.message}</p> : null}
      <ul>
        {report.tests.map((test) => (
          <li key={test.id} data-outcome={test.outcome}>
            <strong className={test.outcome === "passed" ? styles.ok : styles.bad}>{test.outcome}</strong>{" "}
            <code>{test.name}</code>
            {test.description ? <span> — {test.description}</span> : null}
            {test.message ? <pre>{[test.message, ...test.traceback].join("\n")}</pre> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
