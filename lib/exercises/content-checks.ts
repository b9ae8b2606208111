// The checks every exercise must pass before it ships (freeCodeCamp's
// "solution passes, starter fails", futurecoder's known wrong answers), run
// through a real Python runtime. Shared by tests/content/exercises.test.ts and
// scripts/exercise-check.ts so both judge the same way.
import type { PythonRuntime, TestReport } from "../python-runtime/types";
import { buildFeedback } from "../grading/feedback";
import type { Feedback } from "../grading/feedback";
import { formatFeedbackText } from "../grading/format-text";
import { gradeSubmission } from "../grading/grade";
import { isTestFile, parseTestIds, testIdMatches } from "./python-tests";
import { entryFiles } from "./schema";
import type { GradableExercise } from "./types";
import { alternativeFiles, wrongAnswerFiles } from "./wrong-answers";

export interface CheckOutcome {
  ok: boolean;
  /** Why it failed (or what it saw), in words; empty when there is nothing to add. */
  detail: string;
}

export interface ContentCheck {
  name: string;
  /** Which alternative or wrong answer it proves, for the coverage summary. */
  kind?: { alternative: string } | { wrongAnswer: string };
  run(runtime: Pick<PythonRuntime, "runTests">): Promise<CheckOutcome>;
}

export interface CheckOptions {
  /** Overrides the exercise's time limit for each run. */
  timeoutMs?: number;
}

const MIN_WRONG_ANSWERS = 2;

/** Rules about the exercise's content that need no runtime. */
export function staticProblems(exercise: GradableExercise): string[] {
  const problems: string[] = [];
  if (exercise.wrongAnswers.length < MIN_WRONG_ANSWERS) {
    problems.push(`has ${exercise.wrongAnswers.length} known wrong answers in wrong/; at least ${MIN_WRONG_ANSWERS} are required`);
  }
  return problems;
}

const failedIds = (report: TestReport) =>
  report.tests.filter((t) => t.outcome === "failed" || t.outcome === "error").map((t) => t.id);

function explain(feedback: Feedback): string {
  return formatFeedbackText(feedback);
}

/** Every check for one exercise, in the order they should run and be shown. */
export function planContentChecks(exercise: GradableExercise, options: CheckOptions = {}): ContentCheck[] {
  const grade = { timeoutMs: options.timeoutMs };
  const checks: ContentCheck[] = [
    {
      name: "content rules",
      run: async () => {
        const problems = staticProblems(exercise);
        return { ok: problems.length === 0, detail: problems.join("\n") };
      },
    },
    {
      name: "solution passes the visible tests",
      run: async (runtime) => {
        const report = await runtime.runTests(exercise.solution, exercise.visibleTests, {
          timeoutMs: options.timeoutMs ?? exercise.meta.timeLimitMs,
        });
        const feedback = buildFeedback(report, {
          learnerFiles: Object.keys(exercise.solution),
          entryFiles: entryFiles(exercise.meta),
          expectedTests: Object.entries(exercise.visibleTests)
            .filter(([file]) => isTestFile(file))
            .flatMap(([file, source]) => parseTestIds(file, source)),
        });
        return { ok: feedback.passed, detail: feedback.passed ? "" : explain(feedback) };
      },
    },
    {
      name: "solution passes the hidden tests",
      run: async (runtime) => {
        const { passed, feedback } = await gradeSubmission(runtime, exercise, exercise.solution, grade);
        return { ok: passed, detail: passed ? "" : explain(feedback) };
      },
    },
    {
      name: "starter fails at least one hidden test, and loads cleanly",
      run: async (runtime) => {
        const { passed, feedback, report } = await gradeSubmission(runtime, exercise, exercise.starter, grade);
        if (passed) return { ok: false, detail: "the starter already passes every hidden test" };
        // A starter that does not even import gives the learner nothing to work from.
        if (feedback.problem) return { ok: false, detail: `the starter does not run cleanly:\n${explain(feedback)}` };
        return { ok: true, detail: `fails ${failedIds(report).join(", ")}` };
      },
    },
  ];

  for (const alternative of exercise.alternatives) {
    checks.push({
      name: `alternative "${alternative.name}" passes the visible and hidden tests`,
      kind: { alternative: alternative.name },
      run: async (runtime) => {
        const files = alternativeFiles(exercise, alternative);
        const visible = await runtime.runTests(files, exercise.visibleTests, { timeoutMs: options.timeoutMs ?? exercise.meta.timeLimitMs });
        const visibleFailed = failedIds(visible);
        if (!visible.ok || visibleFailed.length > 0) {
          return { ok: false, detail: `the visible tests reject it: ${visibleFailed.join(", ") || visible.error?.message || "it does not run"}` };
        }
        const { passed, feedback } = await gradeSubmission(runtime, exercise, files, grade);
        // A correct answer that a hidden test rejects means the test demands
        // something the instructions do not say.
        return { ok: passed, detail: passed ? "" : explain(feedback) };
      },
    });
  }

  for (const wrong of exercise.wrongAnswers) {
    checks.push({
      name: `wrong answer "${wrong.name}" fails ${wrong.mustFail.join(", ")}`,
      kind: { wrongAnswer: wrong.name },
      run: async (runtime) => {
        const files = wrongAnswerFiles(exercise, wrong);
        const { feedback, report } = await gradeSubmission(runtime, exercise, files, grade);
        // A wrong answer that crashes would fail every test and prove nothing
        // about the one it names.
        if (feedback.problem) return { ok: false, detail: `it does not run cleanly:\n${explain(feedback)}` };
        const failed = failedIds(report);
        const notFailed = wrong.mustFail.filter((id) => !failed.some((f) => testIdMatches(f, id)));
        if (notFailed.length > 0) {
          return {
            ok: false,
            detail: `these hidden tests accept it: ${notFailed.join(", ")}\n(failed: ${failed.join(", ") || "none"})`,
          };
        }
        return { ok: true, detail: `fails ${failed.join(", ")}` };
      },
    });
  }
  return checks;
}
