// Plain-text rendering of feedback, for the CLI and for golden files (which
// pin the wording learners read; regenerate them on purpose with `vitest -u`).
import { ORDER_DEPENDENCE_NOTE, type Feedback, type FeedbackCheck } from "./feedback";

export interface TextOptions {
  /** ANSI colors, for terminals. */
  color?: boolean;
}

const ANSI = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
type Style = keyof typeof ANSI;

const MARKS: Record<FeedbackCheck["outcome"], [string, Style]> = {
  passed: ["✓", "green"],
  failed: ["✗", "red"],
  error: ["✗", "red"],
  skipped: ["-", "yellow"],
  "not-run": ["?", "yellow"],
};

function indent(text: string, spaces: number): string {
  return text
    .split("\n")
    .map((line) => (line ? " ".repeat(spaces) + line : line))
    .join("\n");
}

export function formatFeedbackText(feedback: Feedback, options: TextOptions = {}): string {
  const paint = (style: Style, text: string) => (options.color ? `\x1b[${ANSI[style]}m${text}\x1b[0m` : text);
  const out: string[] = [paint(feedback.passed ? "green" : "red", `${feedback.passed ? "✓" : "✗"} ${feedback.headline}`)];

  const { problem } = feedback;
  if (problem) {
    if (problem.message) out.push(indent(problem.message, 2));
    if (problem.traceback.length) out.push(indent(problem.traceback.join("\n"), 2));
    out.push(indent(paint("dim", problem.advice), 2));
  }
  if (feedback.checks.length) out.push("");
  for (const check of feedback.checks) {
    const [mark, style] = MARKS[check.outcome];
    const variant = check.variant ? paint("dim", ` (${check.variant})`) : "";
    out.push(`  ${paint(style, mark)} ${check.title}${variant}`);
    if (check.message) out.push(indent(check.message, 6));
    if (check.traceback.length) out.push(indent(paint("dim", check.traceback.join("\n")), 6));
    if (check.passesAlone) out.push(indent(paint("dim", ORDER_DEPENDENCE_NOTE), 6));
    for (const known of check.knownMistakes ?? []) out.push(indent(paint("dim", `Known mistake: ${known.mistake}`), 6));
  }
  if (feedback.ignoredFiles.length) {
    out.push("", paint("dim", `  Not graded: ${feedback.ignoredFiles.join(", ")} (test and pytest files are not part of an answer).`));
  }
  return `${out.join("\n")}\n`;
}
