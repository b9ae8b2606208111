"use client";
// The course outline on a lesson page, folded into a menu at the top of the
// lesson (the workspace needs the width): each lesson with its completion
// from the progress stored in this browser.
import Link from "next/link";
import { lessonCompletion } from "@/lib/progress/local-progress";
import type { OutlineLesson } from "@/lib/workspace/course-position";
import { useLocalProgress } from "@/components/workspace/use-local-progress";
import styles from "./navigation.module.css";

export interface SidebarLesson extends OutlineLesson {
  order: number;
}

export function CourseSidebar({ lessons, current }: { lessons: SidebarLesson[]; current: string }) {
  const progress = useLocalProgress();
  const position = lessons.findIndex((lesson) => lesson.slug === current) + 1;
  return (
    <details className={styles.courseMenu}>
      <summary>
        All lessons{" "}
        <span className={styles.position}>
          (lesson {position} of {lessons.length})
        </span>
      </summary>
      <nav className={styles.sidebar} aria-label="Course">
        <ol className={styles.sidebarList}>
          {lessons.map((lesson) => {
            const completion = lessonCompletion(progress, lesson.exercises);
            const state = completion.complete ? "complete" : completion.done > 0 ? "started" : "open";
            return (
              <li key={lesson.slug} className={styles[state]}>
                <Link href={`/lessons/${lesson.slug}`} aria-current={lesson.slug === current ? "page" : undefined}>
                  <span className={styles.number}>{String(lesson.order).padStart(2, "0")}</span>
                  <span className={styles.title}>{lesson.title}</span>
                  {completion.total > 0 ? (
                    <span className={styles.completion}>
                      <span aria-hidden="true">{completion.complete ? "✓" : `${completion.done}/${completion.total}`}</span>
                      <span className={styles.visuallyHidden}>
                        {completion.complete ? ", complete" : `, ${completion.done} of ${completion.total} exercises done`}
                      </span>
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
    </details>
  );
}
