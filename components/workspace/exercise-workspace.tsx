"use client";
// One exercise, laid out like a small IDE: the actions, the editor, and under
// a movable bar the tabs Instructions, Results, Console and API explorer.
// On a laptop the whole workspace fits the window beside the lesson, so code
// and results are in view together; on a phone it stacks and the page
// scrolls. After Run or Submit the Results tab opens and its headline is
// brought into view. State lives in three hooks: the files (autosaved), the
// runner (Python), and local progress.
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { authClient } from "@/lib/auth/client";
import { entryFiles } from "@/lib/exercises/schema";
import type { PublicExercise } from "@/lib/exercises/types";
import { exerciseProgress } from "@/lib/progress/local-progress";
import { nextStep, type OutlineLesson } from "@/lib/workspace/course-position";
import { isApplePlatform, matchShortcut, shortcutLabel } from "@/lib/workspace/shortcuts";
import type { SubmissionSync } from "@/lib/workspace/submission-sync";
import { FocusableOverflow } from "@/components/focusable-overflow";
import { useEffectiveTheme } from "@/components/theme/theme";
import { ApiExplorer } from "./api-explorer";
import { CodeEditor } from "./code-editor";
import { ConsoleOutput } from "./console-output";
import { ResultsPanel } from "./feedback-panel";
import { HintList } from "./hint-list";
import { PanelTabs } from "./panel-tabs";
import { fileLanguage } from "@/lib/workspace/file-language";
import { formatPython } from "./ruff-tools";
import { SolutionPanel } from "./solution-panel";
import { SplitView } from "./split-view";
import { useExerciseFiles, type SaveState } from "./use-exercise-files";
import { useExerciseRunner } from "./use-exercise-runner";
import { useLocalProgress } from "./use-local-progress";
import { useRevealAfterRun } from "./use-reveal-after-run";
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
  /** The exercise picker, when the lesson has more than one. */
  picker?: ReactNode;
}

type Panel = "instructions" | "results" | "console" | "explorer";

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

/** Where a passed exercise is recorded, in one sentence. */
function savedWhere(sync: SubmissionSync | null, syncing: boolean, signedIn: boolean): ReactNode {
  if (sync?.kind === "signed-out" || (!sync && !signedIn && !syncing)) {
    return (
      <>
        Your progress is saved in this browser. <Link href="/sign-in">Sign in</Link> to keep it in your account too.
      </>
    );
  }
  if (sync) return sync.message;
  return signedIn ? "Saving it to your account…" : "Your progress is saved in this browser.";
}

export function ExerciseWorkspace({ exercise, instructions, hints, lessonSlug, outline, onSelectExercise, picker }: Props) {
  const { files, saveState, updateFile, replaceFiles, saveNow, resetToStarter } = useExerciseFiles(exercise);
  const runner = useExerciseRunner(exercise);
  const progress = useLocalProgress();
  const theme = useEffectiveTheme();
  const signedIn = Boolean(authClient.useSession().data);
  const [activeFile, setActiveFile] = useState(() => entryFiles(exercise)[0] ?? Object.keys(exercise.starter)[0]);
  const [panel, setPanel] = useState<Panel>("instructions");
  const [notice, setNotice] = useState<string | null>(null);
  const [apple] = useState(() => isApplePlatform(navigator.platform || navigator.userAgent));
  const headline = useRef<HTMLParagraphElement | null>(null);
  const errorText = useRef<HTMLParagraphElement | null>(null);
  const reveal = useRevealAfterRun();

  const { completedAt, failedSubmissions } = exerciseProgress(progress, exercise.slug);
  const readOnly = useMemo(() => new Set(Object.keys(exercise.visibleTests)), [exercise.visibleTests]);
  const tabs = useMemo(() => ({ ...files, ...exercise.visibleTests }), [files, exercise.visibleTests]);
  const busy = runner.busy !== null;

  const run = useCallback(() => {
    saveNow();
    setPanel("results");
    reveal.expect();
    void runner.run(files);
  }, [files, runner, saveNow, reveal]);

  const submit = useCallback(() => {
    saveNow();
    setPanel("results");
    reveal.expect();
    void runner.submit(files);
  }, [files, runner, saveNow, reveal]);

  // When a run ends, bring its headline (or the error) into view.
  useEffect(() => {
    if (!busy) reveal.settle(runner.error ? errorText.current : headline.current);
  }, [busy, runner.outcome, runner.error, reveal]);

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

  const activeIsPython = fileLanguage(activeFile).python;
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

  const success = passedNow ? (
    <div className={styles.success} role="region" aria-label="Exercise complete">
      <p>
        <strong>Exercise complete.</strong> {savedWhere(runner.sync, runner.syncing, signedIn)}
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
  ) : runner.sync ? (
    <p className={runner.sync.kind === "recorded" ? styles.syncOk : styles.syncInfo}>
      {runner.sync.message}
      {runner.sync.kind === "signed-out" ? (
        <>
          {" "}
          <Link href="/sign-in">Sign in</Link>
        </>
      ) : null}
    </p>
  ) : null;

  const results = (
    <>
      {runner.error ? (
        <p role="alert" className={styles.errorText} ref={errorText} tabIndex={-1}>
          {runner.error}
        </p>
      ) : null}
      <ResultsPanel ref={headline} outcome={runner.outcome} busyText={runner.busy ? statusText : null} afterHeadline={success} />
    </>
  );

  const instructionsPanel = (
    <div className={styles.instructionsPanel}>
      <p className={styles.summary}>{exercise.summary}</p>
      <FocusableOverflow className={styles.instructionsBody}>{instructions}</FocusableOverflow>
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
    </div>
  );

  return (
    <section className={styles.exercise} aria-labelledby={`exercise-${exercise.slug}`}>
      <header className={styles.exerciseHeader}>
        <h2 id={`exercise-${exercise.slug}`}>
          Exercise: {exercise.title}
          {completedAt ? <span className={styles.completeBadge}>Completed</span> : null}
        </h2>
        {picker}
      </header>

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
        <button type="button" className={styles.secondaryButton} onClick={format} disabled={readOnly.has(activeFile) || !activeIsPython} title={activeIsPython ? "Format this file with ruff" : "Formatting is for Python files"}>
          Format
        </button>
        <button type="button" className={styles.secondaryButton} onClick={reset} disabled={busy}>
          Reset to starter
        </button>
      </div>

      <SplitView
        storageKey="lesson"
        label="Resize the editor and the results"
        top={
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
            footer={
              <>
                <span>{saveStateText(saveState)}</span>
                <span className={styles.keyboardOnly}>
                  {shortcutLabel("run", apple)} runs · {shortcutLabel("save", apple)} saves · Tab indents ({apple ? "Ctrl+Shift+M" : "Ctrl+M"}: Tab moves the focus)
                </span>
                <span className={styles.notice} aria-live="polite">
                  {notice}
                </span>
              </>
            }
          />
        }
        bottom={
          <PanelTabs<Panel>
            idPrefix={`exercise-${exercise.slug}`}
            label="Exercise panels"
            selected={panel}
            onSelect={setPanel}
            panels={[
              { id: "instructions", label: "Instructions", content: instructionsPanel },
              { id: "results", label: "Results", marked: panel !== "results" && runner.outcome !== null && !busy, content: results },
              {
                id: "console",
                label: "Console",
                marked: panel !== "console" && runner.consoleLines.length > 0,
                content: <ConsoleOutput lines={runner.consoleLines} busy={busy} note={runner.consoleNote} />,
              },
              { id: "explorer", label: "API explorer", content: <ApiExplorer exercise={exercise} files={files} /> },
            ]}
          />
        }
      />

      {/* The results panel shows the outcome; this repeats it for screen readers only. */}
      <div className={styles.visuallyHidden} role="status" aria-live="polite">
        {statusText}
      </div>
    </section>
  );
}
