"use client";
// "Continue where you left off" on the home page, from the progress in this
// browser. Renders nothing for a learner who has not started yet.
import Link from "next/link";
import { continueTarget, type OutlineLesson } from "@/lib/workspace/course-position";
import { useLocalProgress } from "@/components/workspace/use-local-progress";
import styles from "./navigation.module.css";

export function ContinueLink({ lessons }: { lessons: OutlineLesson[] }) {
  const target = continueTarget(lessons, useLocalProgress());
  if (!target) return null;
  return (
    <p className={styles.continue}>
      <Link href={`/lessons/${target.lesson}`} className="button">
        Continue where you left off: {target.title}
      </Link>
    </p>
  );
}
