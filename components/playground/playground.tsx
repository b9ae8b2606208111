"use client";
// A scratch pad for Python with the lesson workspace's editor and layout:
// app.py and test_app.py as tabs, Run (app.py as a program) and Run tests,
// and under a movable bar the program's output and the test results. The
// code is kept in this browser. Loaded in the browser only (see
// playground-loader.tsx): it reads localStorage and loads Monaco and Pyodide.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PythonError, SourceFiles, TestReport } from "@/lib/python-runtime/types";
import { debounce } from "@/lib/workspace/drafts";
import { isApplePlatform, shortcutLabel } from "@/lib/workspace/shortcuts";
import { useEffectiveTheme } from "@/components/theme/theme";
import { CodeEditor } from "@/components/workspace/code-editor";
import { ConsoleOutput, type ConsoleLine } from "@/components/workspace/console-output";
import { PanelTabs } from "@/components/workspace/panel-tabs";
import { SplitView } from "@/components/workspace/split-view";
import { useRevealAfterRun } from "@/components/workspace/use-reveal-after-run";
import workspace from "@/components/workspace/workspace.module.css";
import { BootStatus } from "./boot-status";
import { loadPlaygroundFiles, savePlaygroundFiles, STARTER_FILES } from "./starter-files";
import { TestResults } from "./test-results";
import { usePlaygroundRuntime } from "./use-playground-runtime";
import styles from "./playground.module.css";

type Busy = "run" | "tests" | null;
type Panel = "output" | "tests";

const APP = "app.py";
const NO_READ_ONLY = new Set<string>();

const formatError = (error: PythonError) => [error.message, ...error.traceback].join("\n");

export default function Playground() {
  const { runtime, boot } = usePlaygroundRuntime();
  const theme = useEffectiveTheme();
  const [files, setFiles] = useState<SourceFiles>(() => loadPlaygroundFiles(window.localStorage));
  const [activeFile, setActiveFile] = useState(APP);
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

  const save = useMemo(() => debounce((next: SourceFiles) => savePlaygroundFiles(window.localStorage, next), 600), []);
  useEffect(() => () => save.flush(), [save]);
  const update = (file: string, source: string) =>
    setFiles((current) => {
      const next = { ...current, [file]: source };
      save.call(next);
      return next;
    });

  const append = (stream: ConsoleLine["stream"]) => (text: string) => setLines((current) => [...current, { stream, text }]);

  const run = useCallback(async () => {
    if (busy || !ready) return;
    setBusy("run");
    setPanel("output");
    setLines([]);
    setNote(null);
    reveal.expect();
    const result = await runtime.runProgram({ [APP]: files[APP] }, APP, { onStdout: append("stdout"), onStderr: append("stderr") });
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
    setBusy("tests");
    setPanel("tests");
    setReport(null);
    reveal.expect();
    setReport(await runtime.runTests({ [APP]: files[APP] }, { "test_app.py": files["test_app.py"] }, { onStdout: append("stdout"), onStderr: append("stderr") }));
    setBusy(null);
  };

  useEffect(() => {
    if (!busy) reveal.settle(panel === "tests" ? testsStart.current : outputStart.current);
  }, [busy, panel, reveal]);

  const reset = () => {
    if (!window.confirm("Replace both files with the example? Your changes will be lost.")) return;
    setFiles(STARTER_FILES);
    savePlaygroundFiles(window.localStorage, STARTER_FILES);
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
        <button type="button" className={workspace.secondaryButton} onClick={reset} disabled={busy !== null}>
          Reset to the example
        </button>
      </div>
      <SplitView
        storageKey="playground"
        label="Resize the editor and the output"
        top={
          <CodeEditor
            exerciseSlug="playground"
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
                <span>Kept in this browser</span>
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
                    {report ? <TestResults report={report} /> : <p className={workspace.muted}>{busy === "tests" ? "Running the tests…" : "Press Run tests to run test_app.py."}</p>}
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
