// Loud, precise loader errors: every problem names the file and, when there is
// one, the field, e.g.
//   exercises/fastapi-items/exercise.json: framework: expected "flask" | "fastapi" | "both", got "django"
import type { z } from "zod";

export interface ExerciseProblem {
  /** Path as the author sees it, e.g. `exercises/fastapi-items/exercise.json`. */
  file: string;
  /** Dotted field path inside the file (`hints.2`), when the problem is a field. */
  field?: string;
  message: string;
}

export function formatProblem(problem: ExerciseProblem): string {
  return problem.field
    ? `${problem.file}: ${problem.field}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

/** Thrown by the loader with every problem found in one exercise (or all of them). */
export class ExerciseLoadError extends Error {
  readonly problems: ExerciseProblem[];

  constructor(problems: ExerciseProblem[]) {
    const lines = problems.map(formatProblem);
    super(lines.length === 1 ? lines[0] : `${lines.length} problems:\n${lines.map((l) => `  ${l}`).join("\n")}`);
    this.name = "ExerciseLoadError";
    this.problems = problems;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 37)}...` : json;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Turns zod issues into problems; `input` is the parsed JSON, used to say what was found. */
export function problemsFromZod(file: string, error: z.ZodError, input: unknown): ExerciseProblem[] {
  const problems: ExerciseProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      // Usually a typo: name each key as the field at fault.
      for (const key of issue.keys) {
        problems.push({ file, field: field ? `${field}.${key}` : key, message: "unknown field" });
      }
      continue;
    }
    const found = valueAt(input, issue.path);
    const missing = found === undefined && issue.code === "invalid_type";
    const message = missing
      ? `required field is missing (${issue.message})`
      : issue.code === "invalid_value" || issue.code === "invalid_type" || issue.code === "invalid_union"
        ? `${issue.message}, got ${describeValue(found)}`
        : issue.message;
    problems.push({ file, field: field || undefined, message });
  }
  return problems;
}
