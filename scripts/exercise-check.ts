// Runs the content checks of one or more exercises through the real Python
// runtime and prints a readable report.
//
//   npm run exercise:check -- flask-hello-routes     one exercise
//   npm run exercise:check                           every exercise
//
// Exit code: 0 all checks pass; 1 a check failed; 2 an exercise did not load
// (the others are still checked); 3 nothing failed, but an exercise was
// skipped because the runtime lacks what it `requires` (e.g. Pydantic 2).
import { performance } from "node:perf_hooks";
import { planContentChecks } from "../lib/exercises/content-checks";
import { formatProblem } from "../lib/exercises/errors";
import { ExerciseLoadError } from "../lib/exercises/errors";
import { loadGradableExercise } from "../lib/exercises/hidden-tests";
import { listExerciseSlugs } from "../lib/exercises/loader";
import { probeRuntime, unmetRequirements } from "../lib/exercises/runtime-requirements";
import type { GradableExercise } from "../lib/exercises/types";
import { createNodeRuntime } from "../lib/python-runtime/node/index";

const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const green = paint(32);
const red = paint(31);
const dim = paint(2);
const bold = paint(1);
const yellow = paint(33);

const indent = (text: string, spaces: number) =>
  text
    .trimEnd()
    .split("\n")
    .map((line) => " ".repeat(spaces) + line)
    .join("\n");

/** Loads each exercise, printing the loader's problems for those that do not load. */
async function loadAll(slugs: string[]): Promise<{ exercises: GradableExercise[]; broken: number }> {
  const exercises: GradableExercise[] = [];
  let broken = 0;
  for (const slug of slugs) {
    try {
      exercises.push(await loadGradableExercise(slug));
    } catch (error) {
      if (!(error instanceof ExerciseLoadError)) throw error;
      broken++;
      console.error(red(`✗ ${slug} does not load:`));
      for (const problem of error.problems) console.error(indent(formatProblem(problem), 4));
      console.error();
    }
  }
  return { exercises, broken };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log("Usage: npm run exercise:check -- [slug ...]   (no slug: every exercise)");
    return 0;
  }
  const slugs = argv.length > 0 ? argv : await listExerciseSlugs();
  const { exercises, broken } = await loadAll(slugs);
  if (exercises.length === 0) return 2;

  const runtime = createNodeRuntime();
  const bootStart = performance.now();
  await runtime.boot();
  const capabilities = await probeRuntime(runtime);
  const ready = `Python runtime ready in ${((performance.now() - bootStart) / 1000).toFixed(1)} s`;
  console.log(dim(`${ready} (${capabilities.description})\n`));

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    for (const exercise of exercises) {
      console.log(bold(exercise.slug) + dim(` (${exercise.meta.framework})`));
      const checks = planContentChecks(exercise);
      const unmet = unmetRequirements(exercise.meta, capabilities);
      if (unmet.length > 0) {
        skipped += checks.length;
        console.log(yellow(`  - skipped ${checks.length} checks: needs ${unmet.join(", ")}; the runtime has ${capabilities.description}\n`));
        continue;
      }
      for (const check of checks) {
        const start = performance.now();
        let outcome;
        try {
          outcome = await check.run(runtime);
        } catch (error) {
          outcome = { ok: false, detail: `the check threw: ${(error as Error).stack ?? error}` };
        }
        const seconds = dim(` ${((performance.now() - start) / 1000).toFixed(1)} s`);
        if (outcome.ok) passed++;
        else failed++;
        console.log(`  ${outcome.ok ? green("✓") : red("✗")} ${check.name}${seconds}`);
        if (!outcome.ok && outcome.detail) console.log(indent(outcome.detail, 6));
      }
      console.log();
    }
  } finally {
    await runtime.dispose();
  }
  const summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
  console.log(failed > 0 || broken > 0 ? red(summary) : skipped > 0 ? yellow(summary) : green(summary));
  if (broken > 0) console.log(red(`${broken} exercise${broken === 1 ? "" : "s"} did not load (see above)`));
  return failed > 0 ? 1 : broken > 0 ? 2 : skipped > 0 ? 3 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(red(`exercise-check crashed: ${(error as Error).stack ?? error}`));
    process.exitCode = 2;
  },
);
