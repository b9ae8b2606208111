// Turns a pytest `TestReport` into what the learner reads. Pure and
// synchronous: the same function runs in the browser (visible tests) and on
// the server (hidden tests), like futurecoder's one checker for both.
import type { TestCaseResult, TestOutcome, TestReport } from "../python-runtime/types";
import { parseTestId, testIdMatches } from "../exercises/python-tests";
import { problemAdvice, problemTitle } from "./problems";
import type { ProblemKind } from "./problems";
import type { KnownMistake } from "./known-mistakes";
import { learnerFileFor, relativizePaths, trimTraceback } from "./traceback";

export interface FeedbackProblem {
  kind: ProblemKind;
  /** One line: what went wrong. */
  title: string;
  /** The runtime's or the test's explanation, trimmed. */
  message: string;
  /** What to try next. */
  advice: string;
  file?: string;
  line?: number;
  traceback: string[];
}

export interface FeedbackCheck {
  /** pytest node id, e.g. `test_hidden.py::test_health[flask]`. */
  id: string;
  /** The test's docstring (first paragraph), or its name in words. */
  title: string;
  /** Which implementation a parametrized test ran against, e.g. "Flask". */
  variant: string | null;
  outcome: TestOutcome | "not-run";
  /** Assertion or exception message, for failed checks only. */
  message: string | null;
  traceback: string[];
  /** What the learner's code printed during this check ("Your output"), or null. */
  output: string | null;
  /** Known wrong answers that fail this check the same way (hidden checks only; see known-mistakes.ts). */
  knownMistakes?: KnownMistake[];
  /** Set when this failed check passed in a run of its own (see grade.ts): earlier checks left state behind. */
  passesAlone?: boolean;
}

/** What a check that fails after others but passes alone means, in the learner's terms. */
export const ORDER_DEPENDENCE_NOTE =
  "This check passes when it runs on its own, so an earlier check left something behind: state your code keeps " +
  "between requests at module level (a list, dict or counter) is shared by every check in a run. Your visible " +
  "tests can pass on Run and this fail on Submit. Answer from the data each request needs, not from what earlier " +
  "requests changed, or keep the store where each test starts it afresh.";

export interface Feedback {
  passed: boolean;
  /** One sentence for the top of the panel. */
  headline: string;
  /** Set when the run as a whole went wrong (syntax error, timeout...). */
  problem: FeedbackProblem | null;
  checks: FeedbackCheck[];
  counts: { passed: number; failed: number; total: number };
  /** Submitted files left out of grading (pytest files, see grade.ts). */
  ignoredFiles: string[];
}

export interface FeedbackContext {
  /** Learner files; tracebacks keep only frames in these. */
  learnerFiles: readonly string[];
  /** Modules that must define `app`. */
  entryFiles: readonly string[];
  /** Base ids of every test that must run; any absent from the report counts as failed. */
  expectedTests?: readonly string[];
  timeLimitMs?: number;
  ignoredFiles?: readonly string[];
  /**
   * Keep each check's output. Off unless asked: the learner's code can print
   * anything it can read, including the test files beside it, so output may
   * only go where those tests may go (the browser that ran them).
   */
  showOutput?: boolean;
}

const MAX_MESSAGE_LINES = 12;
const MAX_MESSAGE_CHARS = 1200;

// pytest's hints about its own command-line options: a learner cannot pass
// options to the course's pytest, so they are dropped or said in plain words.
const PYTEST_HINTS: [RegExp, (match: RegExpExecArray) => string | null][] = [
  [/^\s*Use -v+ to get (?:more|the full) diff\.?\s*$/i, () => null],
  [/^(\s*)\.*\s*Full output truncated \((\d+) lines? hidden\), use '-vv' to show\s*$/i, (m) => `${m[1]}(${m[2]} more line${m[2] === "1" ? "" : "s"} not shown)`],
  [/^(\s*)Omitting (\d+) identical items?, use -vv to show\s*$/i, (m) => `${m[1]}(${m[2]} identical item${m[2] === "1" ? "" : "s"} not shown)`],
];

function withoutPytestHints(lines: string[]): string[] {
  return lines.flatMap((line) => {
    for (const [pattern, replace] of PYTEST_HINTS) {
      const match = pattern.exec(line);
      if (match) {
        const replaced = replace(match);
        return replaced === null ? [] : [replaced];
      }
    }
    return [line];
  });
}

/**
 * pytest's `E   ` prefixes and option hints ("use -vv") removed, long
 * messages cut so one check cannot flood the panel.
 */
export function trimMessage(message: string | null): string | null {
  if (message === null) return null;
  let lines = withoutPytestHints(message.split("\n").map((line) => line.replace(/^E {1,3}/, "").trimEnd()));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const cut = lines.length > MAX_MESSAGE_LINES;
  lines = lines.slice(0, MAX_MESSAGE_LINES);
  let text = lines.join("\n");
  if (text.length > MAX_MESSAGE_CHARS) text = text.slice(0, MAX_MESSAGE_CHARS).trimEnd();
  return cut || text.length < lines.join("\n").length ? `${text}\n…` : text;
}

const MAX_OUTPUT_LINES = 80;
const MAX_OUTPUT_CHARS = 8000;

/** A check's output as the learner reads it: sandbox paths shortened, long output cut. */
export function trimOutput(output: string | undefined, learnerFiles: readonly string[]): string | null {
  if (!output) return null;
  const lines = relativizePaths(output, learnerFiles).replace(/\n+$/, "").split("\n");
  let text = lines.slice(0, MAX_OUTPUT_LINES).join("\n");
  if (text.length > MAX_OUTPUT_CHARS) text = text.slice(0, MAX_OUTPUT_CHARS);
  return lines.length > MAX_OUTPUT_LINES || text.length < lines.join("\n").length ? `${text}\n… (the Console has all of it)` : text;
}

/** First paragraph of a docstring, on one line; or the test's name in words. */
export function checkTitle(test: Pick<TestCaseResult, "description" | "name" | "id">): string {
  const paragraph = test.description?.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim();
  if (paragraph) return paragraph;
  const name = parseTestId(test.id).names.at(-1) ?? test.name;
  const words = name.replace(/^test_?/, "").replace(/_/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

const VARIANTS: Record<string, string> = { flask: "Flask", fastapi: "FastAPI" };

export function checkVariant(id: string): string | null {
  const param = parseTestId(id).param;
  return param === null ? null : (VARIANTS[param] ?? param);
}

const firstLine = (text: string | null) => text?.split("\n")[0]?.trim() ?? "";

// `from app import app` failing on the name, not the module, means the module
// loads but defines no `app`: say so, naming the module.
function moduleWithoutApp(message: string, entryFiles: readonly string[]): string | null {
  const match = /cannot import name 'app' from '([\w.]+)'|module '([\w.]+)' has no attribute 'app'/.exec(message);
  const moduleName = match?.[1] ?? match?.[2];
  const file = moduleName ? `${moduleName.replace(/\./g, "/")}.py` : null;
  return file && entryFiles.includes(file) ? file : null;
}

function makeProblem(
  kind: ProblemKind,
  message: string,
  context: FeedbackContext,
  origin: { file?: string; line?: number; traceback?: readonly string[] } = {},
): FeedbackProblem {
  const appless = kind === "import" || kind === "exception" ? moduleWithoutApp(message, context.entryFiles) : null;
  if (appless) kind = "no-app";
  // Only name a file the learner owns; a path inside the sandbox or a test
  // file would mean nothing to them.
  const file = origin.file ? (learnerFileFor(origin.file, context.learnerFiles) ?? undefined) : undefined;
  const details = {
    entryFiles: appless ? [appless] : context.entryFiles,
    timeLimitMs: context.timeLimitMs,
    file,
    line: file ? origin.line : undefined,
  };
  return {
    kind,
    title: problemTitle(kind, details),
    message: trimMessage(relativizePaths(message, context.learnerFiles)) ?? "",
    advice: problemAdvice(kind, details),
    file,
    line: details.line,
    traceback: trimTraceback(origin.traceback ?? [], context.learnerFiles),
  };
}

function classify(message: string): ProblemKind {
  if (/^(ModuleNotFoundError|ImportError)\b/.test(message)) return "import";
  if (/^(SyntaxError|IndentationError|TabError)\b/.test(message)) return "syntax";
  return "exception";
}

// When a fixture fails the same way for every test (typically `from app import
// app` inside a fixture), one problem says it better than N identical
// failures. For "both" exercises each framework's tests are judged apart, so
// a missing `app` in fastapi_app.py is named even while the Flask half passes.
function sharedFixtureError(tests: TestCaseResult[], context: FeedbackContext): FeedbackProblem | null {
  const groups = new Map<string, TestCaseResult[]>();
  for (const test of tests) {
    const param = parseTestId(test.id).param ?? "";
    const key = Object.hasOwn(VARIANTS, param) ? param : "*";
    groups.set(key, [...(groups.get(key) ?? []), test]);
  }
  for (const group of groups.values()) {
    const first = firstLine(group[0].message);
    if (first && group.every((t) => t.outcome === "error" && firstLine(t.message) === first)) {
      return makeProblem(classify(first), first, context, { traceback: group[0].traceback });
    }
  }
  return null;
}

export function buildFeedback(report: TestReport, context: FeedbackContext): Feedback {
  const checks: FeedbackCheck[] = report.tests.map((test) => {
    const failed = test.outcome === "failed" || test.outcome === "error";
    return {
      id: test.id,
      title: checkTitle(test),
      variant: checkVariant(test.id),
      outcome: test.outcome,
      message: failed ? trimMessage(relativizePaths(test.message ?? "", context.learnerFiles)) || null : null,
      traceback: failed ? trimTraceback(test.traceback, context.learnerFiles) : [],
      output: context.showOutput ? trimOutput(test.output, context.learnerFiles) : null,
    };
  });

  // A run that stopped before any test (syntax error, timeout...) is explained
  // by its problem alone; listing every hidden test as "did not run" adds noise.
  const runProblem: FeedbackProblem | null = report.error
    ? makeProblem(report.error.kind, report.error.message, context, report.error)
    : report.tests.length === 0
      ? makeProblem("no-tests", "pytest collected no tests.", context)
      : null;

  const missing = runProblem
    ? []
    : (context.expectedTests ?? []).filter((id) => !report.tests.some((t) => testIdMatches(t.id, id)));
  for (const id of missing) {
    checks.push({
      id,
      title: checkTitle({ id, name: id, description: null }),
      variant: null,
      outcome: "not-run",
      message: "This check did not run.",
      traceback: [],
      output: null,
    });
  }

  const problem =
    runProblem ??
    sharedFixtureError(report.tests, context) ??
    (missing.length > 0
      ? makeProblem("missing-tests", `${missing.length} of ${checks.length} checks did not run.`, context)
      : null);

  const passedCount = checks.filter((c) => c.outcome === "passed").length;
  // Skipped and not-run checks count against the learner: a check that did
  // not run proved nothing.
  const failedCount = checks.length - passedCount;
  const passed = problem === null && checks.length > 0 && failedCount === 0;
  const headline = passed
    ? checks.length === 1
      ? "The check passes."
      : `All ${checks.length} checks pass.`
    : problem
      ? `${problem.title}.`
      : `${failedCount} of ${checks.length} checks ${failedCount === 1 ? "fails" : "fail"}.`;

  return {
    passed,
    headline,
    problem,
    checks,
    counts: { passed: passedCount, failed: failedCount, total: checks.length },
    ignoredFiles: [...(context.ignoredFiles ?? [])],
  };
}
