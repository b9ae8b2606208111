// Schemas for the files an exercise author writes by hand.
// Every field carries a `.describe()` so the same text can feed editor tooling
// (JSON schema export) and the loader's error messages.
import { z } from "zod";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A learner-editable Python module path such as `app.py` or `pkg/models.py`.
const PYTHON_FILE = /^(?:[A-Za-z_][A-Za-z0-9_]*\/)*[A-Za-z_][A-Za-z0-9_]*\.py$/;
// A pytest node id as authors write it: `test_hidden.py::test_name`, optionally
// `::TestClass::test_name` and one parametrization such as `[flask]` or
// `[saturday-10:00]` (pytest builds ids from values, so almost any text).
const TEST_ID = /^(?:[\w-]+\/)*test_\w*\.py(?:::[A-Za-z_]\w*){1,2}(?:\[[^\]\n]+\])?$/;

export const FRAMEWORKS = ["flask", "fastapi", "both"] as const;

/**
 * Runtime capabilities an exercise may depend on beyond Flask and FastAPI
 * themselves. "pydantic-2": Pydantic 2 behaviour (error types such as
 * `string_too_short`, `model_dump`); the container can fall back to Pydantic 1
 * when its wasm pydantic-core is unavailable, and such exercises cannot run then.
 */
export const RUNTIME_REQUIREMENTS = ["pydantic-2"] as const;
export type RuntimeRequirement = (typeof RUNTIME_REQUIREMENTS)[number];

export const FrameworkSchema = z
  .enum(FRAMEWORKS, { error: `expected ${FRAMEWORKS.map((f) => `"${f}"`).join(" | ")}` })
  .describe(
    'Which framework the learner writes: "flask", "fastapi", or "both" (the exercise ships a Flask and a FastAPI implementation and the same HTTP tests run against each).',
  );

export const PythonFileSchema = z
  .string({ error: "expected a file name such as \"app.py\"" })
  .regex(PYTHON_FILE, 'expected a relative Python file name such as "app.py"');

export const DualEntrySchema = z
  .strictObject({
    flask: PythonFileSchema.describe("The Flask implementation's module, e.g. `flask_app.py`; it must define `app`."),
    fastapi: PythonFileSchema.describe("The FastAPI implementation's module, e.g. `fastapi_app.py`; it must define `app`."),
  })
  .refine((entry) => entry.flask !== entry.fastapi, {
    error: "the Flask and FastAPI entry files must differ",
  })
  .describe("For framework \"both\": one entry module per framework.");


/** One requirement of an exercise, tied to the wrong answer that breaks it (issue: "every sentence is a requirement"). */
export const RequirementSchema = z
  .strictObject({
    says: z
      .string({ error: "expected a string" })
      .trim()
      .min(10, "expected at least 10 characters")
      .describe("The requirement as instructions.md states it: words quoted from it (Markdown and line breaks aside)."),
    wrong: z
      .string({ error: "expected a string" })
      .regex(SLUG, "expected the name of a folder in wrong/")
      .describe("The known wrong answer in wrong/ that breaks this requirement and no other."),
    test: z
      .string({ error: "expected a string" })
      .regex(TEST_ID, 'expected a pytest id such as "test_hidden.py::test_create_returns_201"')
      .describe("The hidden test that catches it; it must be one of the wrong answer's mustFail."),
  })
  .describe("A requirement the hidden tests prove.");

export const ExerciseMetaSchema = z
  .strictObject({
    title: z
      .string({ error: "expected a string" })
      .trim()
      .min(3, "expected at least 3 characters")
      .max(80, "expected at most 80 characters")
      .describe("Short title shown in the exercise list and the page heading."),
    summary: z
      .string({ error: "expected a string" })
      .trim()
      .min(10, "expected at least 10 characters")
      .max(240, "expected at most 240 characters")
      .describe("One or two sentences saying what the learner builds."),
    lesson: z
      .string({ error: "expected a string" })
      .regex(SLUG, "expected a kebab-case lesson slug such as \"flask-routing\"")
      .describe("Slug of the lesson this exercise belongs to."),
    framework: FrameworkSchema,
    entry: z
      .union([PythonFileSchema, DualEntrySchema], {
        error: 'expected a file name such as "app.py", or { "flask": ..., "fastapi": ... } when framework is "both"',
      })
      .describe(
        'The module that defines `app`: a file name for "flask"/"fastapi", an object { flask, fastapi } for "both". It must exist in starter/ and solution/.',
      ),
    hints: z
      .array(
        z.string({ error: "expected a string" }).trim().min(1, "a hint cannot be empty").describe("One hint, Markdown."),
        { error: "expected an array of strings" },
      )
      .min(1, "expected at least one hint")
      .describe("Hints revealed one at a time, from a gentle nudge to nearly the answer."),
    timeLimitMs: z
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .min(1000, "expected at least 1000 ms")
      .max(60000, "expected at most 60000 ms")
      .describe("Wall-clock limit for one run of the tests, in milliseconds; the sandbox is stopped when it passes."),
    requirements: z
      .array(RequirementSchema, { error: "expected an array of requirements" })
      .optional()
      .describe(
        "Each requirement the instructions state, with the known wrong answer that breaks only it and the hidden test that catches it. The content checks prove each one.",
      ),
    requires: z
      .array(
        z.enum(RUNTIME_REQUIREMENTS, {
          error: `expected ${RUNTIME_REQUIREMENTS.map((r) => `"${r}"`).join(" | ")}`,
        }),
        { error: "expected an array" },
      )
      .optional()
      .describe(
        'Runtime capabilities the exercise depends on, e.g. ["pydantic-2"]. Content checks skip the exercise, saying why, on a runtime without them.',
      ),
  })
  .superRefine((meta, ctx) => {
    // The entry's shape depends on the framework; checked here so the message
    // points at `entry`, the field the author has to change.
    const dual = typeof meta.entry === "object";
    if (meta.framework === "both" && !dual) {
      ctx.addIssue({
        code: "custom",
        path: ["entry"],
        message: 'expected { "flask": "<file>.py", "fastapi": "<file>.py" } because framework is "both"',
      });
    }
    if (meta.framework !== "both" && dual) {
      ctx.addIssue({
        code: "custom",
        path: ["entry"],
        message: `expected one file name because framework is "${meta.framework}"`,
      });
    }
  })
  .describe("exercise.json: what the exercise is and how it is run.");

export type ExerciseMeta = z.infer<typeof ExerciseMetaSchema>;
export type Framework = ExerciseMeta["framework"];

export const TestIdSchema = z
  .string({ error: "expected a string" })
  .regex(TEST_ID, 'expected a pytest id such as "test_hidden.py::test_create_returns_201"')
  .describe("A hidden test's pytest id: `<file>::<function>`, optionally with a parametrization like `[flask]`.");

export const WrongAnswerMetaSchema = z
  .strictObject({
    mustFail: z
      .array(TestIdSchema, { error: "expected an array of test ids" })
      .min(1, "expected at least one test id")
      .describe(
        "Hidden tests this wrong answer must fail. Without a parametrization, failing any of the test's variants counts.",
      ),
    explanation: z
      .string({ error: "expected a string" })
      .trim()
      .min(10, "expected at least 10 characters")
      .describe("What is wrong with this answer and why a careless test suite would accept it."),
  })
  .describe("wrong/<name>/wrong.json: a known wrong answer the hidden tests must reject.");

export type WrongAnswerMeta = z.infer<typeof WrongAnswerMetaSchema>;

export const ExerciseSlugSchema = z
  .string()
  .regex(SLUG, "expected a kebab-case folder name such as \"flask-hello-routes\"")
  .describe("The exercise's folder name under exercises/, used in URLs.");

/** Entry modules of an exercise, Flask first for "both". */
export function entryFiles(meta: Pick<ExerciseMeta, "entry">): string[] {
  return typeof meta.entry === "string" ? [meta.entry] : [meta.entry.flask, meta.entry.fastapi];
}
