// Content checks for every exercise, through the real Pyodide runtime (never
// a double): the solution passes, the starter fails, every known wrong answer
// fails the hidden test it names. One runtime serves the whole file, as one
// sandbox serves a learner's session.
//
//   npm run test:content                      all exercises
//   EXERCISE=fastapi-items-validation npm run test:content
//   EXERCISE=a,b npm run test:content         several
//
// An exercise whose `requires` the runtime lacks (e.g. "pydantic-2" while the
// container runs its Pydantic 1 development fallback) is skipped with the
// reason in the report; EXERCISE_STRICT=1 makes that a failure instead.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planContentChecks, type ContentCheck } from "../../lib/exercises/content-checks";
import { coverage, formatCoverage, type CheckVerdicts } from "../../lib/exercises/coverage";
import { loadGradableExercise } from "../../lib/exercises/hidden-tests";
import { listExerciseSlugs } from "../../lib/exercises/loader";
import { probeRuntime, unmetRequirements } from "../../lib/exercises/runtime-requirements";
import type { RuntimeCapabilities } from "../../lib/exercises/runtime-requirements";
import { createNodeRuntime } from "../../lib/python-runtime/node/index";
import type { PythonRuntime } from "../../lib/python-runtime/types";

async function selectedSlugs(): Promise<string[]> {
  const all = await listExerciseSlugs();
  const wanted = (process.env.EXERCISE ?? "")
    .split(",")
    .map((slug) => slug.trim())
    .filter(Boolean);
  const unknown = wanted.filter((slug) => !all.includes(slug));
  if (unknown.length > 0) {
    throw new Error(`EXERCISE names unknown exercises: ${unknown.join(", ")}. Known: ${all.join(", ")}`);
  }
  return wanted.length > 0 ? wanted : all;
}

// Loaded while collecting, so each wrong answer becomes its own test. A
// malformed exercise becomes one failing "loads" test with the loader's
// file-and-field message; the other exercises still run.
const loaded = await Promise.all(
  (await selectedSlugs()).map((slug) =>
    loadGradableExercise(slug).then(
      (exercise) => ({ slug, exercise, error: null }),
      (error: unknown) => ({ slug, exercise: null, error }),
    ),
  ),
);
const exercises = loaded.flatMap((entry) => (entry.exercise ? [entry.exercise] : []));

describe.each(loaded.filter((entry) => entry.error !== null).map((entry) => [entry.slug, entry.error] as const))(
  "%s",
  (_slug, error) => {
    it("loads", () => {
      throw error;
    });
  },
);

let runtime: PythonRuntime;
let capabilities: RuntimeCapabilities;

beforeAll(async () => {
  runtime = createNodeRuntime();
  await runtime.boot();
  capabilities = await probeRuntime(runtime);
  for (const exercise of exercises) {
    const unmet = unmetRequirements(exercise.meta, capabilities);
    if (unmet.length > 0) {
      console.warn(`[content] ${exercise.slug} needs ${unmet.join(", ")}; the runtime has ${capabilities.description}`);
    }
  }
});

// What the checks proved, for the coverage summary printed at the end.
const verdicts: CheckVerdicts = { wrongAnswers: new Map(), alternatives: new Map() };
function record(slug: string, check: ContentCheck, ok: boolean) {
  if (!check.kind) return;
  const [table, name] = "wrongAnswer" in check.kind ? [verdicts.wrongAnswers, check.kind.wrongAnswer] : [verdicts.alternatives, check.kind.alternative];
  if (!table.has(slug)) table.set(slug, new Map());
  table.get(slug)?.set(name, ok);
}

afterAll(async () => {
  await runtime?.dispose();
  console.log(formatCoverage(coverage(exercises, verdicts)));
});

describe.each(exercises.map((exercise) => [exercise.slug, exercise] as const))("%s", (_slug, exercise) => {
  for (const check of planContentChecks(exercise)) {
    it(check.name, async (context) => {
      const unmet = unmetRequirements(exercise.meta, capabilities);
      if (unmet.length > 0 && process.env.EXERCISE_STRICT !== "1") {
        context.skip(`needs ${unmet.join(", ")}; the runtime has ${capabilities.description}`);
      }
      expect(unmet, `the runtime has ${capabilities.description}`).toEqual([]);
      const outcome = await check.run(runtime);
      record(exercise.slug, check, outcome.ok);
      expect(outcome.ok, outcome.detail).toBe(true);
    });
  }
});
