"use client";
// Remembers the lesson being read, for "Continue where you left off".
import { useEffect } from "react";
import { updateProgress, withVisit } from "@/lib/progress/local-progress";

export function RecordVisit({ lesson }: { lesson: string }) {
  useEffect(() => {
    updateProgress(window.localStorage, (progress) => {
      // Keep the exercise when the learner comes back to the same lesson.
      const exercise = progress.lastVisit?.lesson === lesson ? progress.lastVisit.exercise : null;
      return withVisit(progress, lesson, exercise, new Date());
    });
  }, [lesson]);
  return null;
}
