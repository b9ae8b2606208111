"use client";
// The workspace beside a lesson: Python status (booting starts on mount,
// while the learner reads) and the lesson's exercises, one at a time.
import { useEffect, useState } from "react";
import { readProgress, updateProgress, withVisit } from "@/lib/progress/local-progress";
import type { OutlineLesson } from "@/lib/workspace/course-position";
import { ExerciseWorkspace, type ExerciseContent } from "./exercise-workspace";
import { usePythonRuntimeStatus } from "./python-runtime";
import { RuntimeStatusBar } from "./runtime-status-bar";
import styles from "./workspace.module.css";

export interface LessonWorkspaceProps {
  lessonSlug: string;
  exercises: ExerciseContent[];
  outline: OutlineLesson[];
}

export default function LessonWorkspace({ lessonSlug, exercises, outline }: LessonWorkspaceProps) {
  const { status, retry } = usePythonRuntimeStatus();
  // Reopen the exercise the learner was on last, when it belongs to this lesson.
  const [selected, setSelected] = useState(() => {
    const last = readProgress(window.localStorage).lastVisit;
    const slugs = exercises.map((item) => item.exercise.slug);
    return last?.lesson === lessonSlug && last.exercise && slugs.includes(last.exercise) ? last.exercise : slugs[0];
  });
  const current = exercises.find((item) => item.exercise.slug === selected) ?? exercises[0];
  const currentSlug = current.exercise.slug;

  useEffect(() => {
    updateProgress(window.localStorage, (progress) => withVisit(progress, lessonSlug, currentSlug, new Date()));
  }, [lessonSlug, currentSlug]);

  const picker =
    exercises.length > 1 ? (
      <label className={styles.exercisePicker}>
        <span>
          Exercise {exercises.indexOf(current) + 1} of {exercises.length}
        </span>
        <select value={current.exercise.slug} onChange={(event) => setSelected(event.target.value)} className={styles.input}>
          {exercises.map((item, index) => (
            <option key={item.exercise.slug} value={item.exercise.slug}>
              {index + 1}. {item.exercise.title}
            </option>
          ))}
        </select>
      </label>
    ) : null;

  return (
    <div className={styles.workspace}>
      <RuntimeStatusBar status={status} onRetry={retry} />
      <ExerciseWorkspace key={current.exercise.slug} {...current} lessonSlug={lessonSlug} outline={outline} onSelectExercise={setSelected} picker={picker} />
    </div>
  );
}
