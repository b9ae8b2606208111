"use client";
// "Continue where you left off" on the home page, with how far the learner
// is, from the progress in this browser; "Start with lesson 1" for a learner
// who has not started yet.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { continueTarget, courseSummary, type OutlineLesson } from "@/lib/workspace/course-position";
import { useLocalProgress } from "@/components/workspace/use-local-progress";
import styles from "./navigation.module.css";

const LABEL = {
  "last-visit": "Continue where you left off",
  "next-unfinished": "Continue with the next lesson",
  "first-unfinished": "Continue with",
} as const;

const noSubscription = () => () => {};

export function ContinueLink({ lessons }: { lessons: OutlineLesson[] }) {
  const progress = useLocalProgress();
  // The server cannot know the learner's progress: until the page has read it,
  // keep the place empty rather than offer "Start" to someone halfway through.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const target = continueTarget(lessons, progress);
  const summary = courseSummary(lessons, progress);
  const started = summary.exercisesDone > 0 || target !== null;
  if (!hydrated) return <div className={styles.continue} aria-hidden="true" />;
  if (!started) {
    const first = lessons[0];
    return first ? (
      <div className={styles.continue}>
        <Link href={`/lessons/${first.slug}`} className="button">
          Start with lesson 1: {first.title}
        </Link>
      </div>
    ) : null;
  }
  return (
    <div className={styles.continue}>
      {target ? (
        <Link href={`/lessons/${target.lesson}`} className="button">
          {LABEL[target.reason]}: {target.title}
        </Link>
      ) : (
        <p>You have finished every exercise of the course. Well done!</p>
      )}
      <p className={styles.summary}>
        {summary.exercisesDone} of {summary.exercisesTotal} exercises done, {summary.lessonsDone} of {summary.lessonsTotal} lessons complete.
      </p>
    </div>
  );
}
