// The runtime's boot progress as one percentage for the progress bar.
import type { BootProgress } from "../python-runtime/types";

// Phases in order; each is an equal slice of the bar, filled by its own
// loaded/total when the runtime knows them, so the bar never jumps backwards.
const PHASES: BootProgress["phase"][] = ["download", "start", "packages", "ready"];

export function bootPercent(progress: BootProgress | null): number {
  if (!progress) return 0;
  if (progress.phase === "ready") return 100;
  const index = Math.max(0, PHASES.indexOf(progress.phase));
  const within = progress.total && progress.loaded !== undefined ? Math.min(1, Math.max(0, progress.loaded / progress.total)) : 0;
  return Math.round(((index + within) / (PHASES.length - 1)) * 100);
}
