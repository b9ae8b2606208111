"use client";
// One lesson's completion, from the progress in this browser (which holds the
// account's passes too once signed in): "Complete", "1 of 3 exercises", or
// nothing before the learner has passed any of its exercises.
import { lessonCompletion } from "@/lib/progress/local-progress";
import { useLocalProgress } from "@/components/workspace/use-local-progress";

export function LessonStatus({ exercises }: { exercises: readonly string[] }) {
  const completion = lessonCompletion(useLocalProgress(), exercises);
  if (completion.total === 0 || completion.done === 0) return null;
  return completion.complete ? (
    <span className="status-complete">
      <span aria-hidden="true">✓ </span>Complete
    </span>
  ) : (
    <span className="status-started">
      {completion.done} of {completion.total} exercise{completion.total === 1 ? "" : "s"}
    </span>
  );
}
