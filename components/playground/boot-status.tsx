import type { BootState } from "./use-playground-runtime";
import styles from "./playground.module.css";

function describe(boot: BootState): string {
  if (boot.state === "ready") return boot.restored ? "Python is ready (started from this browser's saved copy)" : "Python is ready";
  if (boot.state === "failed") return `Python could not start: ${boot.message}`;
  const p = boot.progress;
  if (!p) return "Starting Python…";
  if (p.phase === "download" && p.loaded !== undefined && p.total) {
    return `${p.message}: ${Math.round((p.loaded / p.total) * 100)}%`;
  }
  return p.message;
}

export function BootStatus({ boot }: { boot: BootState }) {
  const p = boot.state === "booting" ? boot.progress : null;
  const showBar = p?.phase === "download" && p.total !== undefined && p.loaded !== undefined;
  return (
    <div className={styles.status} role="status" aria-live="polite" aria-label="Python status">
      <span className={boot.state === "failed" ? styles.bad : undefined}>{describe(boot)}</span>
      {showBar ? <progress max={p.total} value={p.loaded} aria-label="Download progress" /> : null}
    </div>
  );
}
