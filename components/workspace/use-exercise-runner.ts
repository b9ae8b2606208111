"use client";
// Run (visible tests) and Submit (hidden tests, then the server) for one
// exercise, with Stop. All Python goes through the runtime facade.
import { useCallback, useRef, useState } from "react";
import type { PublicExercise } from "@/lib/exercises/types";
import type { Feedback } from "@/lib/grading/feedback";
import { gradeSubmission } from "@/lib/grading/grade";
import { updateProgress, withExerciseComplete, withFailedSubmission } from "@/lib/progress/local-progress";
import type { SourceFiles } from "@/lib/python-runtime/types";
import type { MistakeEntry } from "@/lib/grading/known-mistakes";
import { hiddenGradingTarget, parseMistakes, visibleTestFeedback } from "@/lib/workspace/browser-grading";
import { interpretSubmissionResponse, type SubmissionSync } from "@/lib/workspace/submission-sync";
import type { ConsoleLine } from "./console-output";
import { getPythonRuntime } from "./python-runtime";

export type { ConsoleLine };

export type RunKind = "run" | "submit";

export interface RunOutcome {
  kind: RunKind;
  feedback: Feedback;
}

/** Strict classrooms: the server grades, and what the code printed there stays there. */
export const SERVER_GRADED_CONSOLE_NOTE =
  "Your classroom grades submissions on the server, which does not send back what your code printed. Press Run to see it with the visible tests.";

const outputCapNote = (truncated: boolean) =>
  truncated ? "The output was cut at the sandbox's limit (256 KB), and the run was stopped there." : null;

// Problems that say nothing about the learner's code: they do not count as a failed submission.
const NOT_THE_LEARNERS_FAULT = new Set(["cancelled", "crash"]);

/** The hidden tests for one submission, or "strict" when the learner's classroom grades on the server only. */
async function fetchHiddenTests(slug: string, signal: AbortSignal): Promise<{ tests: SourceFiles; mistakes: MistakeEntry[] } | "strict"> {
  const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/hidden-tests`, { method: "POST", cache: "no-store", signal });
  if (response.status === 403 && ((await response.clone().json().catch(() => null)) as { strict?: boolean } | null)?.strict) return "strict";
  if (!response.ok) throw new Error(`The checks could not be loaded (HTTP ${response.status}). Try again in a moment.`);
  const body = (await response.json()) as { tests?: SourceFiles; mistakes?: unknown };
  if (!body.tests || typeof body.tests !== "object") throw new Error("The checks could not be loaded. Try again in a moment.");
  return { tests: body.tests, mistakes: parseMistakes(body.mistakes) };
}

async function recordOnServer(slug: string, files: SourceFiles): Promise<SubmissionSync> {
  return (await gradeOnServer(slug, files)).sync;
}

/** Posts the code for the server's own grading; its feedback comes back when it graded. */
async function gradeOnServer(slug: string, files: SourceFiles): Promise<{ sync: SubmissionSync; feedback: Feedback | null }> {
  try {
    const response = await fetch(`/api/exercises/${encodeURIComponent(slug)}/submissions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ files }),
      cache: "no-store",
    });
    const body: unknown = await response.json().catch(() => null);
    const feedback = response.ok ? ((body as { feedback?: Feedback } | null)?.feedback ?? null) : null;
    return { sync: interpretSubmissionResponse(response.status, response.headers.get("retry-after"), body, new Date()), feedback };
  } catch {
    return { sync: { kind: "failed", message: "Your account could not be reached. Your progress is saved in this browser." }, feedback: null };
  }
}

export function useExerciseRunner(exercise: PublicExercise) {
  const [busy, setBusy] = useState<RunKind | null>(null);
  const [consoleLines, setConsoleLines] = useState<ConsoleLine[]>([]);
  const [consoleNote, setConsoleNote] = useState<string | null>(null);
  /** A finished submission is being recorded in the account (the server grades it again). */
  const [syncing, setSyncing] = useState(false);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [sync, setSync] = useState<SubmissionSync | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Only the latest submission's account update is reported.
  const latestSubmission = useRef(0);

  const start = (kind: RunKind) => {
    controller.current = new AbortController();
    setBusy(kind);
    setConsoleLines([]);
    setConsoleNote(null);
    setError(null);
    if (kind === "submit") {
      latestSubmission.current += 1;
      setSync(null);
      setSyncing(false);
    }
    return controller.current.signal;
  };

  const output = {
    onStdout: (text: string) => setConsoleLines((lines) => [...lines, { stream: "stdout", text }]),
    onStderr: (text: string) => setConsoleLines((lines) => [...lines, { stream: "stderr", text }]),
  };

  const run = useCallback(
    async (files: SourceFiles) => {
      if (controller.current) return;
      const signal = start("run");
      try {
        const runtime = getPythonRuntime();
        await runtime.boot();
        const report = await runtime.runTests(files, exercise.visibleTests, { timeoutMs: exercise.timeLimitMs, signal, ...output });
        // Streamed output is shown live; the report's copy is the complete one.
        setConsoleLines(consoleFromReport(report.stdout, report.stderr));
        setConsoleNote(outputCapNote(report.truncated));
        setOutcome({ kind: "run", feedback: visibleTestFeedback(exercise, files, report) });
      } catch (caught) {
        setError(caught instanceof Error ? caught.message : String(caught));
      } finally {
        controller.current = null;
        setBusy(null);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `output` and `start` only use state setters
    [exercise],
  );

  const submit = useCallback(
    async (files: SourceFiles): Promise<boolean> => {
      if (controller.current) return false;
      const signal = start("submit");
      try {
        const runtime = getPythonRuntime();
        const [hiddenTests] = await Promise.all([fetchHiddenTests(exercise.slug, signal), runtime.boot()]);
        if (hiddenTests === "strict") {
          // Strict classroom: only the server grades; show its verdict.
          const graded = await gradeOnServer(exercise.slug, files);
          setConsoleNote(SERVER_GRADED_CONSOLE_NOTE);
          setSync(graded.sync);
          if (!graded.feedback) return false;
          setOutcome({ kind: "submit", feedback: graded.feedback });
          updateProgress(window.localStorage, (progress) =>
            graded.feedback!.passed ? withExerciseComplete(progress, exercise.slug, new Date()) : withFailedSubmission(progress, exercise.slug),
          );
          return graded.feedback.passed;
        }
        // The console shows what the learner's own code printed (pytest's
        // report, which would quote the hidden tests, is never part of it);
        // the hidden tests are in this browser already, for this submission.
        const result = await gradeSubmission(runtime, hiddenGradingTarget(exercise, hiddenTests.tests, hiddenTests.mistakes), files, { signal, showOutput: true, recheckAloneUpTo: 2, ...output });
        setConsoleLines(consoleFromReport(result.report.stdout, result.report.stderr));
        setConsoleNote(outputCapNote(result.report.truncated));
        // Keep only the feedback: docstrings, messages and output, never the hidden sources.
        setOutcome({ kind: "submit", feedback: result.feedback });
        const problemKind = result.feedback.problem?.kind;
        if (problemKind && NOT_THE_LEARNERS_FAULT.has(problemKind)) return false;
        updateProgress(window.localStorage, (progress) =>
          result.passed ? withExerciseComplete(progress, exercise.slug, new Date()) : withFailedSubmission(progress, exercise.slug),
        );
        // The verdict is shown now; the account is updated in the background
        // (the server grades the code again, which takes a few seconds).
        const submission = ++latestSubmission.current;
        setSyncing(true);
        void recordOnServer(exercise.slug, files).then((answer) => {
          if (submission !== latestSubmission.current) return;
          setSync(answer);
          setSyncing(false);
        });
        return result.passed;
      } catch (caught) {
        if (signal.aborted) setError("The submission was stopped. Nothing was graded.");
        else setError(caught instanceof Error ? caught.message : String(caught));
        return false;
      } finally {
        controller.current = null;
        setBusy(null);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `output` and `start` only use state setters
    [exercise],
  );

  const stop = useCallback(() => {
    controller.current?.abort();
    getPythonRuntime().cancel();
  }, []);

  return { busy, consoleLines, consoleNote, outcome, sync, syncing, error, run, submit, stop };
}

function consoleFromReport(stdout: string, stderr: string): ConsoleLine[] {
  const lines: ConsoleLine[] = [];
  if (stdout) lines.push({ stream: "stdout", text: stdout });
  if (stderr) lines.push({ stream: "stderr", text: stderr });
  return lines;
}
