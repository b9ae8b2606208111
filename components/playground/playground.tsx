"use client";
// A scratch project for Python with the lesson workspace's editor and layout:
// app.py, its tests and any files the learner adds (templates/, static/,
// data) as tabs, Run (app.py as a program, beside every file but the tests)
// and Run tests, and under a movable bar the program's output and the test
// results. The project is kept in this browser, within the limits of
// lib/workspace/playground-files.ts. Loaded in the browser only (see
// playground-loader.tsx): it reads localStorage and loads Monaco and Pyodide.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PythonError, SourceFiles, TestReport } from "@/lib/python-runtime/types";
import { debounce } from "@/lib/workspace/drafts";
import { fileTabId } from "@/lib/workspace/tab-keys";
import {
  deleteProblem,
  ENTRY_FILE,
  LIMITS_IN_WORDS,
  loadPlaygroundFiles,
  savePlaygroundFiles,
  sizeProblems,
  splitProgramAndTests,
} from "@/lib/workspace/playground-files";
import { isApplePlatform, shortcutLabel } from "@/lib/workspace/shortcuts";
import { useEffectiveTheme } from "@/components/theme/theme";
import { CodeEditor } from "@/components/workspace/code-editor";
import { ConsoleOutput, type ConsoleLine } from "@/components/workspace/console-output";
import { PanelTabs } from "@/components/workspace/panel-tabs";
import { SplitView } from "@/components/workspace/split-view";
import { useRevealAfterRun } from "@/components/workspace/use-reveal-after-run";
import workspace from "@/components/workspace/workspace.module.css";
import { BootStatus } from "./boot-status";
import { NewFileForm } from "./new-file-form";
import { STARTER_FILES } from "./starter-files";
import { TestResults } from "./test-results";
import { usePlaygroundRuntime } from "./use-playground-runtime";
import styles from "./playground.module.css";

type Busy = "run" | "tests" | null;
type Panel = "output" | "tests";

const APP = ENTRY_FILE;
const EDITOR_ID = "playground";
const NO_READ_ONLY = new Set<string>();

/**
 * Why `files` may not run, or null. The runtime would take larger files, but
 * this browser could not keep them: one set of limits for both.
 */
function refusedRun(files: SourceFiles): string | null {
  const problems = sizeProblems(files);
  return problems.length ? `Not run: ${problems.join(" ")}` : null;
}

const formatError = (error: PythonError) => [error.message, ...error.traceback].join("\n");

export default function Playground() {
  const { runtime, boot } = usePlaygroundRuntime();
  const theme = useEffectiveTheme();
  const [restored] = useState(() => loadPlaygroundFiles(window.localStorage, STARTER_FILES));
  const [files, setFiles] = useState<SourceFiles>(restored.files);
  const [activeFile, setActiveFile] = useState(APP);
  // Why the last action did not happen (a refused delete, a run over the
  // limits) or what a damaged saved copy lost; replaced by the next action.
  const [notice, setNotice] = useState<string | null>(restored.notice);
  // Why the latest files are not saved in this browser (over a limit, storage full or blocked).
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const focusTab = useRef<string | null>(null);
  const newFileButton = useRef<HTMLButtonElement | null>(null);
  const [lines, setLines] = useState<ConsoleLine[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [report, setReport] = useState<TestReport | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [panel, setPanel] = useState<Panel>("output");
  const [apple] = useState(() => isApplePlatform(navigator.platform || navigator.userAgent));
  const outputStart = useRef<HTMLHeadingElement | null>(null);
  const testsStart = useRef<HTMLHeadingElement | null>(null);
  const reveal = useRevealAfterRun();
  const ready = boot.state === "ready";

  // Keeps `next` in this browser, and says so when it could not.
  const persist = useCallback((next: SourceFiles) => {
    const outcome = savePlaygroundFiles(window.localStorage, next);
    setUnsaved(outcome.saved ? null : outcome.message);
  }, []);
  const save = useMemo(() => debounce(persist, 600), [persist]);
  useEffect(() => () => save.flush(), [save]);
  const change = (next: (current: SourceFiles) => SourceFiles) =>
    setFiles((current) => {
      const changed = next(current);
      save.call(changed);
      return changed;
    });
  const update = (file: string, source: string) => change((current) => ({ ...current, [file]: source }));

  // A new tab takes the focus once it exists, so the learner can Tab into its editor.
  useEffect(() => {
    if (focusTab.current === null) return;
    document.getElementById(fileTabId(EDITOR_ID, focusTab.current))?.focus();
    focusTab.current = null;
  }, [files]);

  const createFile = (path: string) => {
    change((current) => ({ ...current, [path]: "" }));
    setActiveFile(path);
    setCreating(false);
    setNotice(null);
    focusTab.current = path;
  };

  const cancelNewFile = () => {
    setCreating(false);
    newFileButton.current?.focus();
  };

  const deleteActiveFile = () => {
    const problem = deleteProblem(activeFile, files);
    setNotice(problem);
    if (problem || !window.confirm(`Delete ${activeFile}? Its content will be lost.`)) return;
    const gone = activeFile;
    change((current) => Object.fromEntries(Object.entries(current).filter(([name]) => name !== gone)));
    setActiveFile(APP);
  };

  const append = (stream: ConsoleLine["stream"]) => (text: string) => setLines((current) => [...current, { stream, text }]);

  const run = useCallback(async () => {
    if (busy || !ready) return;
    const refused = refusedRun(files);
    setNotice(refused);
    if (refused) return;
    setBusy("run");
    setPanel("output");
    setLines([]);
    setNote(null);
    reveal.expect();
    // Every file but the tests, so app.py can read its templates and data.
    const { program } = splitProgramAndTests(files);
    const result = await runtime.runProgram(program, APP, { onStdout: append("stdout"), onStderr: append("stderr") });
    // The streamed copy is shown while it runs; the result's is complete.
    const final: ConsoleLine[] = [];
    if (result.stdout) final.push({ stream: "stdout", text: result.stdout });
    if (result.stderr) final.push({ stream: "stderr", text: result.stderr });
    if (result.error) final.push({ stream: "stderr", text: (result.stdout || result.stderr ? "\n" : "") + formatError(result.error) });
    setLines(final);
    setNote(result.truncated ? "The output was cut at the sandbox's limit (256 KB), and the program was stopped there." : null);
    setBusy(null);
  }, [busy, ready, runtime, files, reveal]);

  const runTests = async () => {
    if (busy || !ready) return;
    const refused = refusedRun(files);
    setNotice(refused);
    if (refused) return;
    setBusy("tests");
    setPanel("tests");
    setReport(null);
    reveal.expect();
    const { program, tests } = splitProgramAndTests(files);
    setReport(await runtime.runTests(program, tests, { onStdout: append("stdout"), onStderr: append("stderr") }));
    setBusy(null);
  };

  useEffect(() => {
    if (!busy) reveal.settle(panel === "tests" ? testsStart.current : outputStart.current);
  }, [busy, panel, reveal]);

  const reset = () => {
    if (!window.confirm("Replace all the playground's files with the example (app.py and test_app.py)? Your files and changes will be lost.")) return;
    save.cancel();
    setFiles(STARTER_FILES);
    setActiveFile(APP);
    setNotice(null);
    persist(STARTER_FILES);
  };

  return (
    <div className={styles.playground}>
      <BootStatus boot={boot} />
      <div className={workspace.toolbar} role="group" aria-label="Playground actions">
        <button type="button" className={workspace.primaryButton} onClick={run} disabled={!ready || busy !== null} title={`Run app.py (${shortcutLabel("run", apple)})`}>
          {busy === "run" ? "Running…" : "Run app.py"}
        </button>
        <button type="button" className={workspace.primaryButton} onClick={runTests} disabled={!ready || busy !== null}>
          {busy === "tests" ? "Running tests…" : "Run tests"}
        </button>
        <button type="button" className={workspace.stopButton} onClick={() => runtime.cancel()} disabled={busy === null}>
          Stop
        </button>
        <span className={workspace.toolbarGap} />
        <button
          type="button"
          ref={newFileButton}
          className={workspace.secondaryButton}
          onClick={() => setCreating((open) => !open)}
          aria-expanded={creating}
          disabled={busy !== null}
        >
          New file
        </button>
        <button type="button" className={workspace.secondaryButton} onClick={deleteActiveFile} disabled={busy !== null} aria-label={`Delete file ${activeFile}`}>
          Delete file
        </button>
        <button type="button" className={workspace.secondaryButton} onClick={reset} disabled={busy !== null}>
          Reset to the example
        </button>
      </div>
      {creating ? <NewFileForm files={files} onCreate={createFile} onCancel={cancelNewFile} /> : null}
      <div className={styles.problems} role="alert">
        {notice ? <p>{notice}</p> : null}
        {unsaved ? <p>{unsaved}</p> : null}
      </div>
      <SplitView
        storageKey="playground"
        label="Resize the editor and the output"
        top={
          <CodeEditor
            exerciseSlug={EDITOR_ID}
            files={files}
            readOnly={NO_READ_ONLY}
            activeFile={activeFile}
            onActiveFileChange={setActiveFile}
            theme={theme}
            onChange={update}
            onRun={() => void run()}
            onSave={() => save.flush()}
            footer={
              <>
                <span>Kept in this browser: {LIMITS_IN_WORDS}</span>
                <span className={workspace.keyboardOnly}>
                  {shortcutLabel("run", apple)} runs app.py · Tab indents ({apple ? "Ctrl+Shift+M" : "Ctrl+M"}: Tab moves the focus)
                </span>
              </>
            }
          />
        }
        bottom={
          <PanelTabs<Panel>
            idPrefix="playground"
            label="Playground output"
            selected={panel}
            onSelect={setPanel}
            panels={[
              {
                id: "output",
                label: "Output",
                content: (
                  <>
                    <h2 ref={outputStart} tabIndex={-1} className={workspace.panelHeading}>
                      Output of app.py
                    </h2>
                    <ConsoleOutput lines={lines} busy={busy !== null} note={note} empty="Nothing yet: press Run app.py." label="Output of app.py" />
                  </>
                ),
              },
              {
                id: "tests",
                label: "Tests",
                marked: panel !== "tests" && report !== null,
                content: (
                  <>
                    <h2 ref={testsStart} tabIndex={-1} className={workspace.panelHeading}>
                      Test results
                    </h2>
                    {report ? <TestResults report={report} /> : <p className={workspace.muted}>{busy === "tests" ? "Running the tests…" : "Press Run tests to run the test files (test_*.py, *_test.py)."}</p>}
                  </>
                ),
              },
            ]}
          />
        }
      />
    </div>
  );
}
