// Grades a submission: runs the exercise's hidden tests against the learner's
// files in the sandbox and turns the report into feedback.
import type { OperationOptions, PythonRuntime, SourceFiles, TestReport } from "../python-runtime/types";
import { entryFiles } from "../exercises/schema";
import type { GradableExercise } from "../exercises/types";
import { buildFeedback } from "./feedback";
import { knownMistakes, type MistakeEntry } from "./known-mistakes";
import type { Feedback, FeedbackCheck } from "./feedback";
import { prepareSubmission } from "./submission";

export type GradingTarget = Pick<GradableExercise, "meta" | "starter" | "hiddenTests" | "hiddenTestIds"> & {
  /** Known wrong answers, to explain a failing check (see known-mistakes.ts). */
  mistakes?: readonly MistakeEntry[];
};

export interface GradeResult {
  passed: boolean;
  feedback: Feedback;
  /** The raw report, for logs and content checks; it names hidden tests, so keep it server-side. */
  report: TestReport;
}

export interface GradeOptions {
  signal?: AbortSignal;
  /** Overrides the exercise's `timeLimitMs` (content checks allow for a cold sandbox). */
  timeoutMs?: number;
  /** Stream output as it is printed (the browser's console). */
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** Keep each check's output in the feedback (see FeedbackContext.showOutput). */
  showOutput?: boolean;
  /**
   * When at most this many checks fail, run each of them again on its own: one
   * that then passes depended on what earlier checks left behind (default 0:
   * the server, which only records a verdict, does not pay for the reruns).
   */
  recheckAloneUpTo?: number;
}

export async function gradeSubmission(
  runtime: Pick<PythonRuntime, "runTests">,
  exercise: GradingTarget,
  files: SourceFiles,
  options: GradeOptions = {},
): Promise<GradeResult> {
  const submission = prepareSubmission(exercise.starter, files);
  const runOptions: OperationOptions = {
    timeoutMs: options.timeoutMs ?? exercise.meta.timeLimitMs,
    signal: options.signal,
    onStdout: options.onStdout,
    onStderr: options.onStderr,
  };
  const report = await runtime.runTests(submission.files, exercise.hiddenTests, runOptions);
  const feedback = buildFeedback(report, {
    learnerFiles: Object.keys(submission.files),
    entryFiles: entryFiles(exercise.meta),
    // Every hidden test must appear in the report: one that vanished (the
    // run stopped early, or learner code deselected it) proved nothing.
    expectedTests: exercise.hiddenTestIds,
    timeLimitMs: runOptions.timeoutMs,
    ignoredFiles: submission.ignored,
    showOutput: options.showOutput,
  });
  // Explanations need a run that reached the checks.
  if (!feedback.problem) {
    const failed = feedback.checks.filter((c) => c.outcome === "failed" || c.outcome === "error");
    if (exercise.mistakes?.length) {
      const failedIds = failed.map((c) => c.id);
      for (const check of failed) {
        const mistakes = knownMistakes(exercise.mistakes, check.id, failedIds);
        if (mistakes.length > 0) check.knownMistakes = mistakes;
      }
    }
    await markChecksThatPassAlone(runtime, exercise, submission.files, failed, runOptions, options.recheckAloneUpTo ?? 0);
  }
  return { passed: feedback.passed, feedback, report };
}

async function markChecksThatPassAlone(
  runtime: Pick<PythonRuntime, "runTests">,
  exercise: GradingTarget,
  files: SourceFiles,
  failed: FeedbackCheck[],
  runOptions: OperationOptions,
  upTo: number,
): Promise<void> {
  // Many failures mean a wrong answer, not leaked state; reruns would only cost time.
  if (failed.length === 0 || failed.length > upTo) return;
  for (const check of failed) {
    if (runOptions.signal?.aborted) return;
    const alone = await runtime.runTests(files, exercise.hiddenTests, { ...runOptions, onStdout: undefined, onStderr: undefined, select: [check.id] });
    const result = alone.tests.find((test) => test.id === check.id);
    if (alone.error === null && result?.outcome === "passed") check.passesAlone = true;
  }
}
