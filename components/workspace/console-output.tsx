// What the learner's code printed during the last Run or Submit.
import styles from "./workspace.module.css";
import type { ConsoleLine } from "./use-exercise-runner";

export function ConsoleOutput({ lines, busy }: { lines: ConsoleLine[]; busy: boolean }) {
  if (lines.length === 0) {
    return <p className={styles.muted}>{busy ? "Running…" : "Nothing printed yet. Output of print() and errors appear here."}</p>;
  }
  return (
    <pre className={styles.console} aria-label="Program output">
      {lines.map((line, index) => (
        <span key={index} className={line.stream === "stderr" ? styles.stderr : undefined}>
          {line.text}
        </span>
      ))}
    </pre>
  );
}
