"use client";
// A scratch pad for Python: edit app.py and test_app.py, run the app as a
// program or run the tests, all inside the browser's Python worker.
import { useId, useState } from "react";
import type { PythonError, TestReport } from "@/lib/python-runtime/types";
import { BootStatus } from "./boot-status";
import { STARTER_APP, STARTER_TESTS } from "./starter-files";
import { TestResults } from "./test-results";
import { usePlaygroundRuntime } from "./use-playground-runtime";
import styles from "./playground.module.css";

type Busy = "run" | "tests" | null;

const formatError = (error: PythonError) => [error.message, ...error.traceback].join("\n");

export function Playground() {
  const { runtime, boot } = usePlaygroundRuntime();
  const [code, setCode] = useState(STARTER_APP);
  const [tests, setTests] = useState(STARTER_TESTS);
  const [output, setOutput] = useState("");
  const [report, setReport] = useState<TestReport | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const codeId = useId();
  const testsId = useId();
  const ready = boot.state === "ready";

  async function run() {
    setBusy("run");
    setReport(null);
    setOutput("");
    const append = (text: string) => setOutput((current) => current + text);
    const result = await runtime.runProgram({ "app.py": code }, "app.py", { onStdout: append, onStderr: append });
    if (result.error) append((result.stdout || result.stderr ? "\n" : "") + formatError(result.error));
    if (result.truncated) append("\n[output truncated]");
    setBusy(null);
  }

  async function runTests() {
    setBusy("tests");
    setOutput("");
    setReport(await runtime.runTests({ "app.py": code }, { "test_app.py": tests }));
    setBusy(null);
  }

  return (
    <div className={styles.playground}>
      <BootStatus boot={boot} />
      <div className={styles.editors}>
        <div>
          <label htmlFor={codeId}>Code (app.py)</label>
          <textarea id={codeId} value={code} onChange={(e) => setCode(e.target.value)} spellCheck={false} rows={20} />
        </div>
        <div>
          <label htmlFor={testsId}>Tests (test_app.py)</label>
          <textarea id={testsId} value={tests} onChange={(e) => setTests(e.target.value)} spellCheck={false} rows={20} />
        </div>
      </div>
      <div className={styles.actions}>
        <button type="button" onClick={run} disabled={!ready || busy !== null}>
          {busy === "run" ? "Running…" : "Run"}
        </button>
        <button type="button" onClick={runTests} disabled={!ready || busy !== null}>
          {busy === "tests" ? "Running tests…" : "Run tests"}
        </button>
        <button type="button" onClick={() => runtime.cancel()} disabled={busy === null}>
          Stop
        </button>
      </div>
      <section aria-label="Output">
        <h2>Output</h2>
        <pre aria-live="polite">{output || (busy || report ? "" : "Nothing yet: press Run.")}</pre>
      </section>
      {report ? <TestResults report={report} /> : null}
    </div>
  );
}
