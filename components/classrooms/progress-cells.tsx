// Cells of the instructor's tables: a lesson's exercises passed ("2/3"), and
// one exercise's state in words with attempts and the best result.
import type { GridCell } from "@/lib/classrooms/dashboard";

export function LessonCell({ progress }: { progress: { done: number; total: number; attempted: boolean } }) {
  const state = progress.total > 0 && progress.done === progress.total ? "complete" : progress.done > 0 || progress.attempted ? "partial" : "none";
  return (
    <td className={`numeric lesson-${state}`}>
      {state === "complete" ? <span aria-hidden="true">✓ </span> : null}
      {progress.done}/{progress.total}
    </td>
  );
}

const STATUS = { passed: "✓ passed", attempted: "tried", started: "started", "not-started": "—" } as const;

export function CellLabel({ cell }: { cell: GridCell }) {
  if (cell.status === "not-started") return <>{STATUS[cell.status]}</>;
  return (
    <>
      {STATUS[cell.status]}
      {cell.attempts > 0 ? (
        <small>
          {" "}
          {cell.status === "passed" ? "" : `${cell.bestPassed}/${cell.bestTotal} · `}
          {cell.attempts} attempt{cell.attempts === 1 ? "" : "s"}
        </small>
      ) : null}
    </>
  );
}
