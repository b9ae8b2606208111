"use client";
// Hints, revealed one at a time: each reveal is a deliberate choice, and the
// newly shown hint gets focus so screen reader users hear it.
import { useEffect, useRef, useState, type ReactNode } from "react";
import styles from "./workspace.module.css";

export function HintList({ hints }: { hints: ReactNode[] }) {
  const [shown, setShown] = useState(0);
  const last = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    if (shown > 0) last.current?.focus();
  }, [shown]);
  if (hints.length === 0) return null;
  return (
    <section className={styles.hints} aria-labelledby="hints-heading">
      <h3 id="hints-heading" className={styles.panelHeading}>
        Hints
      </h3>
      {shown > 0 ? (
        <ol className={styles.hintList}>
          {hints.slice(0, shown).map((hint, index) => (
            <li key={index} ref={index === shown - 1 ? last : undefined} tabIndex={-1}>
              {hint}
            </li>
          ))}
        </ol>
      ) : null}
      {shown < hints.length ? (
        <button type="button" className={styles.secondaryButton} onClick={() => setShown((n) => n + 1)}>
          {shown === 0 ? "Show a hint" : "Show the next hint"} ({shown + 1} of {hints.length})
        </button>
      ) : (
        <p className={styles.muted}>That was the last hint.</p>
      )}
    </section>
  );
}
