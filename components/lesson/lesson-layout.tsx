"use client";
// The lesson page's two parts: the lesson (reading) and the exercise
// workspace (doing). Side by side on a laptop, the workspace fitting the
// window; on a phone one at a time, with a Lesson / Exercise switch that
// stays at the top of the screen. `#exercise` in the address (the skip link,
// or a shared link) opens the exercise.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import styles from "./lesson-layout.module.css";

type View = "lesson" | "exercise";

const EXERCISE_HASH = "#exercise";

export function LessonLayout({ lesson, workspace }: { lesson: ReactNode; workspace: ReactNode | null }) {
  const [view, setView] = useState<View>("lesson");
  const switchRef = useRef<HTMLDivElement | null>(null);
  const pane = useRef<HTMLElement | null>(null);

  const show = useCallback((next: View, options: { focus?: boolean } = {}) => {
    setView(next);
    // Start the newly shown part at its top, below the switch.
    requestAnimationFrame(() => {
      const top = switchRef.current?.getBoundingClientRect().top ?? 0;
      if (top < 0 || next === "exercise") switchRef.current?.scrollIntoView({ block: "start" });
      if (options.focus && next === "exercise") pane.current?.focus({ preventScroll: true });
    });
  }, []);

  useEffect(() => {
    const fromHash = () => {
      if (window.location.hash === EXERCISE_HASH) show("exercise", { focus: true });
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [show]);

  if (!workspace) return <div className={styles.textOnly}>{lesson}</div>;

  return (
    <div className={`${styles.withWorkspace} lesson-with-workspace`} data-view={view}>
      <a className="skip-link" href={EXERCISE_HASH}>
        Skip to the exercise
      </a>
      <div ref={switchRef} className={styles.viewSwitch} role="group" aria-label="Show">
        <button type="button" aria-pressed={view === "lesson"} onClick={() => show("lesson")}>
          Lesson
        </button>
        <button type="button" aria-pressed={view === "exercise"} onClick={() => show("exercise")}>
          Exercise
        </button>
      </div>
      <div className={styles.lessonPane}>
        {lesson}
        <p className={styles.toExercise}>
          <button type="button" className="button" onClick={() => show("exercise")}>
            Go to the exercise
          </button>
        </p>
      </div>
      <section ref={pane} id="exercise" className={styles.workspacePane} aria-label="Exercise workspace" tabIndex={-1}>
        {workspace}
      </section>
    </div>
  );
}
