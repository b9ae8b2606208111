// What the code printed during the last run, stdout and stderr in order.
// Its height is bounded (it scrolls), so a print loop cannot stretch the
// page; the runtime's output cap stops the loop itself.
import styles from "./workspace.module.css";

export interface ConsoleLine {
  stream: "stdout" | "stderr";
  text: string;
}

interface Props {
  lines: ConsoleLine[];
  busy: boolean;
  /** Shown when nothing was printed. */
  empty?: string;
  /** A remark after the output, e.g. that it was cut at the cap. */
  note?: string | null;
  label?: string;
}

export function ConsoleOutput({ lines, busy, empty = "Nothing printed yet. What print() writes appears here.", note = null, label = "Program output" }: Props) {
  if (lines.length === 0 && !note) {
    return <p className={styles.muted}>{busy ? "Running…" : empty}</p>;
  }
  return (
    <>
      {lines.length > 0 ? (
        <pre className={styles.console} aria-label={label} tabIndex={0}>
          {lines.map((line, index) => (
            <span key={index} className={line.stream === "stderr" ? styles.stderr : undefined}>
              {line.text}
            </span>
          ))}
        </pre>
      ) : null}
      {note ? <p className={styles.consoleNote}>{note}</p> : null}
    </>
  );
}
