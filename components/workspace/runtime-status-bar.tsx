"use client";
// Python's state above the workspace: a progress bar while Pyodide and the
// packages load (first visit: several seconds), then "Python ready", or the
// reason it failed with a way to try again.
import { bootPercent } from "@/lib/workspace/boot-progress";
import styles from "./workspace.module.css";
import type { RuntimeStatus } from "./python-runtime";

export function RuntimeStatusBar({ status, onRetry }: { status: RuntimeStatus; onRetry: () => void }) {
  if (status.state === "ready") {
    return (
      <p className={styles.runtimeReady} role="status">
        <span aria-hidden="true">●</span> Python ready
        {status.restored ? <span className={styles.runtimeDetail}> · started from this browser&apos;s saved copy</span> : null}
      </p>
    );
  }
  if (status.state === "failed") {
    return (
      <div className={styles.runtimeFailed} role="alert">
        <p>Python could not start: {status.message}</p>
        <button type="button" className={styles.secondaryButton} onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  const percent = bootPercent(status.progress);
  const label = status.progress?.message ?? "Starting Python…";
  return (
    <div className={styles.runtimeBooting} role="status">
      <span id="runtime-progress-label">{label}</span>
      <div
        className={styles.progressTrack}
        role="progressbar"
        aria-labelledby="runtime-progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={styles.progressFill} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
