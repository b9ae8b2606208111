"use client";
// The reference solution, offered after a pass or after enough failed
// submissions (lib/workspace/solution-policy.ts). Fetched only when asked for.
import { useState } from "react";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { canOfferSolution, solutionLockedMessage } from "@/lib/workspace/solution-policy";
import styles from "./workspace.module.css";

interface Props {
  exerciseSlug: string;
  completed: boolean;
  failedSubmissions: number;
  onLoadIntoEditor: (files: SourceFiles) => void;
}

export function SolutionPanel({ exerciseSlug, completed, failedSubmissions, onLoadIntoEditor }: Props) {
  const [solution, setSolution] = useState<SourceFiles | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");

  if (!canOfferSolution({ completed, failedSubmissions })) {
    return (
      <section className={styles.solution} aria-labelledby="solution-heading">
        <h3 id="solution-heading" className={styles.panelHeading}>
          Solution
        </h3>
        <p className={styles.muted}>{solutionLockedMessage(failedSubmissions)}</p>
      </section>
    );
  }

  const load = async () => {
    setState("loading");
    try {
      const response = await fetch(`/api/exercises/${encodeURIComponent(exerciseSlug)}/solution`, { method: "POST", cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { files: SourceFiles };
      setSolution(body.files);
      setState("idle");
    } catch {
      setState("failed");
    }
  };

  return (
    <section className={styles.solution} aria-labelledby="solution-heading">
      <h3 id="solution-heading" className={styles.panelHeading}>
        Solution
      </h3>
      {solution === null ? (
        <>
          <p className={styles.muted}>{completed ? "You passed: compare your code with the reference solution." : "Stuck? Reading a solution is a fine way to learn."}</p>
          <button type="button" className={styles.secondaryButton} onClick={load} disabled={state === "loading"}>
            {state === "loading" ? "Loading the solution…" : "Show the solution"}
          </button>
          {state === "failed" ? <p role="alert">The solution could not be loaded. Try again in a moment.</p> : null}
        </>
      ) : (
        <>
          {Object.entries(solution).map(([file, source]) => (
            <figure key={file} className={styles.solutionFile}>
              <figcaption>{file}</figcaption>
              <pre>
                <code>{source}</code>
              </pre>
            </figure>
          ))}
          <button
            type="button"
            className={styles.secondaryButton}
            onClick={() => {
              if (window.confirm("Replace the code in the editor with the solution? You can undo in the editor with Ctrl+Z.")) onLoadIntoEditor(solution);
            }}
          >
            Load the solution into the editor
          </button>
        </>
      )}
    </section>
  );
}
