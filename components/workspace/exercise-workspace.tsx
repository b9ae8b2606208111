"use client";
// One exercise: instructions, editor, Run / Submit / Stop, results, console,
// API explorer, hints and solution. State lives in three hooks: the files
// (autosaved), the runner (Python), and local progress.
import Link from "next/link";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { entryFiles } from "@/lib/exercises/schema";
import type { PublicExercise } from "@/lib/exercises/types";
import { exerciseProgress } from "@/lib/progress/local-progress";
import { nextStep, type OutlineLesson } from "@/lib/workspace/course-position";
import { isApplePlatform, matchShortcut, shortcutLabel } from "@/lib/workspace/shortcuts";
import { useEffectiveTheme } from "@/components/theme/theme";
import { CodeEditor } from "./code-editor";
import { HintList } from "./hint-list";
import { OutputPanels, type Panel } from "./output-panels";
import { formatPython } from "./ruff-tools";
import { SolutionPanel } from "./solution-panel";
import { useExerciseFiles, type SaveState } from "./use-exercise-files";
import { useExerciseRunner } from "./use-exercise-runner";
import { useLocalProgress } from "./use-local-progress";
import styles from "./workspace.module.css";

export interface ExerciseContent {
  exercise: PublicExercise;
  /** Instructions and hints rendered from Markdown on the server. */
  instructions: ReactNode;
  hints: ReactNode[];
}

interface Props extends ExerciseContent {
  lessonSlug: string;
  outline: OutlineLesson[];
  onSelectExercise: (slug: string) => void;
}

function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case "starter":
      return "Starter code";
    case "restored":
      return "Restored your saved code";
    case "unsaved":
      return "Saving…";
    case "saved":
      return `Saved in this browser at ${state.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
    case "failed":
      return "Could not save in this browser (storage is full or disabled)";
  }
}

export function ExerciseWorkspace({ exercise, instructions, hints, lessonSlug, outline, onSelectExercise }: Props) {
  const { files, saveState, updateFile, replaceFiles, saveNow, resetToStarter } = useExerciseFiles(exercise);
  const runner = useExerciseRunner(exercise);
  const progress = useLocalProgress();
  const theme = useEffectiveTheme();
  const [activeFile, setActiveFile] = useState(() => entryFiles(exercise)[0] ?? Object.keys(exercise.starter)[0]);
  const [panel, setPanel] = useState<Panel>("results");
  const [notice, setNotice] = useState<string | null>(null);
  const [apple] = useState(() => isApplePlatform(navigator.platform || navigator.userAgent));

  const { completedAt, failedSubmissions } = exerciseProgress(progress, exercise.slug);
  const readOnly = useMemo(() => new Set(Object.keys(exercise.visibleTests)), [exercise.visibleTests]);
  const tabs = useMemo(() => ({ ...files, ...exercise.visibleTests }), [files, exercise.visibleTests]);
  const busy = runner.busy !== null;

  const run = useCallback(() => {
    saveNow();
    setPanel("results");
    void runner.run(files);
  }, [files, runner, saveNow]);

  const submit = useCallback(() => {
    saveNow();
    setPanel("results");
    void runner.submit(files);
  }, [files, runner, saveNow]);

  const save = useCallback(() => {
    saveNow();
    setNotice("Saved in this browser.");
  }, [saveNow]);

  // Shortcuts anywhere on the page; inside the editor Monaco handles them
  // itself and marks the event handled.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = matchShortcut(event, apple);
      if (!command) return;
      // Ctrl+Enter in a form field (the API explorer's body) belongs to that field.
      if (command === "run" && event.target instanceof Element && event.target.closest("input, textarea, select")) return;
      event.preventDefault(); // no "Save page as" dialog
      if (command === "save") save();
      else if (!busy) run();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [apple, busy, run, save]);

  const format = async () => {
    try {
      updateFile(activeFile, await formatPython(files[activeFile]));
      setNotice(`Formatted ${activeFile} with ruff.`);
    } catch (error) {
      setNotice(`Ruff could not format ${activeFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const reset = () => {
    if (!window.confirm("Reset every file to the starter code? Your changes to this exercise will be lost.")) return;
    resetToStarter();
    setNotice("Reset to the starter code.");
  };

  const passedNow = runner.outcome?.kind === "submit" && runner.outcome.feedback.passed;
  const next = passedNow ? nextStep(outline, lessonSlug, exercise.slug, progress) : null;
  const statusText = runner.busy === "run" ? "Running the visible tests…" : runner.busy === "submit" ? "Running the full checks…" : (runner.outcome?.feedback.headline ?? "");

  return (
    <section className={styles.exercise} aria-labelledby={`exercise-${exercise.slug}`}>
      <header className={styles.exerciseHeader}>
        <h2 id={`exercise-${exercise.slug}`}>
          Exercise: {exercise.title}
          {completedAt ? <span className={styles.completeBadge}>Completed</span> : null}
        </h2>
        <p className={styles.muted}>{exercise.summary}</p>
      </header>

      <details className={styles.instructions} open>
        <summary>Instructions</summary>
        <div className={styles.instructionsBody}>{instructions}</div>
      </details>

      <div className={styles.toolbar} role="group" aria-label="Exercise actions">
        <button type="button" className={styles.primaryButton} onClick={run} disabled={busy} title={`Run the visible tests (${shortcutLabel("run", apple)})`}>
          Run
        </button>
        <button type="button" className={styles.primaryButton} onClick={submit} disabled={busy} title="Run the full checks and record your progress">
          Submit
        </button>
        <button type="button" className={styles.stopButton} onClick={runner.stop} disabled={!busy}>
          Stop
        </button>
        <span className={styles.toolbarGap} />
        <button type="button" className={styles.secondaryButton} onClick={format} disabled={readOnly.has(activeFile)}>
          Format
        </button>
        <button type="button" className={styles.secondaryButton} onClick={reset} disabled={busy}>
          Reset to starter
        </button>
      </div>
      <p className={styles.saveState}>
        {saveStateText(saveState)} · {shortcutLabel("run", apple)} runs, {shortcutLabel("save", apple)} saves
      </p>

      <CodeEditor
        exerciseSlug={exercise.slug}
        files={tabs}
        readOnly={readOnly}
        activeFile={activeFile}
        onActiveFileChange={setActiveFile}
        theme={theme}
        onChange={updateFile}
        onRun={run}
        onSave={save}
      />
      <p className={styles.keyboardHint}>
        In the editor, Tab indents. Press {apple ? "Ctrl+Shift+M" : "Ctrl+M"} to make Tab move the focus instead.
      </p>

      {/* The results panel shows the outcome; this repeats it for screen readers only. */}
      <div className={styles.visuallyHidden} role="status" aria-live="polite">
        {statusText}
      </div>
      <p className={styles.notice} aria-live="polite">
        {notice}
      </p>

      {passedNow ? (
        <div className={styles.success} role="region" aria-label="Exercise complete">
          <p>
            <strong>Exercise complete.</strong> Your progress is saved in this browser.
          </p>
          {next?.kind === "exercise" ? (
            <button type="button" className={styles.primaryButton} onClick={() => onSelectExercise(next.exercise)}>
              Next exercise
            </button>
          ) : next?.kind === "lesson" ? (
            <Link className={styles.primaryButton} href={`/lessons/${next.lesson}`}>
              Next lesson: {next.title}
            </Link>
          ) : (
            <p>That was the last exercise of the course. Well done!</p>
          )}
        </div>
      ) : null}
      {runner.sync ? (
        <p className={runner.sync.kind === "recorded" ? styles.syncOk : styles.syncInfo}>
          {runner.sync.message}
          {runner.sync.kind === "signed-out" ? (
            <>
              {" "}
              <Link href="/sign-in">Sign in</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {runner.error ? (
        <p role="alert" className={styles.errorText}>
          {runner.error}
        </p>
      ) : null}

      <OutputPanels
        panel={panel}
        onPanelChange={setPanel}
        exercise={exercise}
        files={files}
        outcome={runner.outcome}
        consoleLines={runner.consoleLines}
        busyText={runner.busy ? statusText : null}
      />

      <HintList hints={hints} />
      <SolutionPanel
        exerciseSlug={exercise.slug}
        completed={completedAt !== null}
        failedSubmissions={failedSubmissions}
        onLoadIntoEditor={(solution) => {
          replaceFiles(solution);
          setNotice("Loaded the solution into the editor.");
        }}
      />
    </section>
  );
}
