// How much of an upstream project's own test suite passes through the product:
//   npm run fidelity -- <checkout> [--only <text,...>] [--deps <name,...>] [--jobs <n>]
//                       [--timeout <seconds per file>] [--outcomes <file.json>] [--json]
// <checkout> is a Flask or FastAPI source tree at the tag the container ships
// (e.g. `git archive 3.1.3` of pallets/flask). Its tests/ (and FastAPI's
// docs_src/, which the tests import) are run file by file twice: natively
// (CPython 3.14 in the Debian forky chroot, the container's bundle with the
// native pydantic-core; scripts/bench/native.ts) and through the product's
// runtime as the CLI runs them (`npm run sandbox -- test <dir> --select
// <file>`: the same folder reader and runTests, one runner for a job's files).
// Both sides run at once, each in --jobs processes (default 1: one core each);
// a file still running after --timeout (default 120 s) is stopped there.
// Prints the fidelity, tests that pass natively and in the container against
// tests that pass natively, and the container's failures grouped by cause.
// --deps copies test-only packages (e.g. inline_snapshot,dirty_equals,
// asttokens,executing for FastAPI) from the chroot's dist-packages into the
// project folder, so both sides import the same copies. --outcomes saves
// every test's outcome on both sides, to study failures without a rerun.
// Upstream code is read from the checkout and never copied into this repository.
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createNodeRuntime } from "../lib/python-runtime/node/index";
import { readPythonFolder, type ProjectFolder } from "../lib/python-runtime/node/python-folder";
import { inChroot, nativeUnavailable } from "./bench/native";
import { summarize, type ContainerOutcome } from "./fidelity/summary";

const USAGE = "usage: npm run fidelity -- <checkout> [--only <text,...>] [--deps <name,...>] [--jobs <n>] [--timeout <seconds per file>] [--outcomes <file.json>] [--json]";

const CARRIED = ["tests", "docs_src"];

/**
 * Edits to a copy of an upstream suite that let it run at all on the bundle's
 * pytest, applied to both sides alike and printed when used. Each replaces
 * exact text in one file; nothing else of the suite changes.
 */
const ADAPTATIONS = [
  {
    file: "tests/conftest.py",
    from: "monkeypatch.notset",
    to: "monkeypatch.NOTSET",
    why: "pytest 9 removed the lower-case alias of _pytest.monkeypatch.NOTSET (Flask 3.1.3's conftest uses it, so no Flask test would run natively either)",
  },
  {
    file: "tests/test_cli.py",
    from: "from _pytest.monkeypatch import notset",
    to: "from _pytest.monkeypatch import NOTSET as notset",
    why: "the same alias, imported by Flask 3.1.3's CLI tests",
  },
];

function parseArgs(argv: string[]) {
  const [checkout, ...rest] = argv;
  if (!checkout) throw new Error(USAGE);
  const options = { checkout: path.resolve(checkout), only: [] as string[], deps: [] as string[], json: false, jobs: 1, timeoutSeconds: 120, outcomes: undefined as string | undefined };
  const positive = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a whole number of at least 1, not ${value ?? "nothing"}`);
    return n;
  };
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === "--only" && rest[i + 1]) options.only = rest[++i].split(",").filter(Boolean);
    else if (rest[i] === "--deps" && rest[i + 1]) options.deps = rest[++i].split(",").filter(Boolean);
    else if (rest[i] === "--json") options.json = true;
    else if (rest[i] === "--jobs") options.jobs = positive("--jobs", rest[++i]);
    else if (rest[i] === "--timeout") options.timeoutSeconds = positive("--timeout", rest[++i]);
    else if (rest[i] === "--outcomes" && rest[i + 1]) options.outcomes = path.resolve(rest[++i]);
    else throw new Error(`unexpected argument: ${rest[i]}\n${USAGE}`);
  }
  return options;
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** `items` dealt round-robin into at most `n` lists, none empty, so slow folders spread over the jobs. */
const deal = <T>(items: T[], n: number): T[][] =>
  Array.from({ length: Math.min(n, items.length) }, (_, job) => items.filter((_, i) => i % n === job));

const progress = (text: string) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);

async function runNatively(folder: string, files: string[], jobs: number, timeoutSeconds: number): Promise<Record<string, string>> {
  const script = path.join(import.meta.dirname, "fidelity/native_outcomes.py");
  const parts = await Promise.all(
    deal(files, jobs).map((part) => inChroot<Record<string, string>>(script, [folder, String(timeoutSeconds), ...part], [folder], progress)),
  );
  return Object.assign({}, ...parts) as Record<string, string>;
}

async function runInContainer(project: ProjectFolder, files: string[], jobs: number, timeoutSeconds: number): Promise<Record<string, ContainerOutcome>> {
  const product: Record<string, ContainerOutcome> = {};
  let done = 0;
  await Promise.all(
    deal(files, jobs).map(async (part) => {
      // One runner for a job's files, as the CLI keeps one runner for a session.
      const runtime = createNodeRuntime({ timeoutMs: timeoutSeconds * 1000 });
      try {
        await runtime.boot();
        for (const file of part) {
          const started = Date.now();
          try {
            const report = await runtime.runTests(project.files, project.tests, { select: [file] });
            for (const test of report.tests) product[test.id] = { outcome: test.outcome, message: test.message };
            if (report.error) product[`${file}::*`] = { outcome: "error", message: report.error.message };
          } catch (error) {
            product[`${file}::*`] = { outcome: "error", message: error instanceof Error ? error.message : String(error) };
          }
          done += 1;
          progress(`container ${done}/${files.length} ${file} ${((Date.now() - started) / 1000).toFixed(1)}s`);
        }
      } finally {
        await runtime.dispose();
      }
    }),
  );
  return product;
}

async function main() {
  const { checkout, only, deps, json, jobs, timeoutSeconds, outcomes } = parseArgs(process.argv.slice(2));
  const unavailable = await nativeUnavailable();
  if (unavailable) throw new Error(`the native side needs the chroot: ${unavailable}`);
  if (!(await exists(path.join(checkout, "tests")))) throw new Error(`${checkout} has no tests/ folder`);

  const folder = await mkdtemp(path.join(os.tmpdir(), "fidelity-"));
  try {
    for (const name of CARRIED) {
      if (await exists(path.join(checkout, name))) await cp(path.join(checkout, name), path.join(folder, name), { recursive: true });
    }
    for (const { file, from, to, why } of ADAPTATIONS) {
      const text = await readFile(path.join(folder, file), "utf8").catch(() => null);
      if (text?.includes(from)) {
        await writeFile(path.join(folder, file), text.replaceAll(from, to));
        progress(`fidelity: in ${file}, ${from} → ${to} on both sides: ${why}`);
      }
    }
    const distPackages = path.resolve(import.meta.dirname, "../.cache/forky-chroot/usr/lib/python3/dist-packages");
    for (const name of deps) {
      if (!/^[\w.]+$/.test(name) || !(await exists(path.join(distPackages, name)))) throw new Error(`--deps: no package ${name} in ${distPackages}`);
      await cp(path.join(distPackages, name), path.join(folder, name), { recursive: true });
    }
    const project = await readPythonFolder(folder);
    const testFiles = Object.keys(project.tests)
      .filter((name) => /(^|\/)test_[^/]*\.py$/.test(name) && (!only.length || only.some((text) => name.includes(text))))
      .sort();
    progress(`fidelity: ${testFiles.length} test files, ${project.skipped.length} files left out (${project.skipped.map((s) => s.path).slice(0, 5).join(", ")})`);
    progress(`fidelity: natively (forky chroot) and in the container side by side, ${jobs} job(s) each, ${timeoutSeconds} s per file`);
    const [native, product] = await Promise.all([runNatively(folder, testFiles, jobs, timeoutSeconds), runInContainer(project, testFiles, jobs, timeoutSeconds)]);
    if (outcomes) await writeFile(outcomes, `${JSON.stringify({ native, container: product }, null, 1)}\n`);

    const summary = { checkout, testFiles: testFiles.length, ...summarize(native, product) };
    if (json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    const percent = summary.fidelity === null ? "n/a" : `${(summary.fidelity * 100).toFixed(1)}%`;
    process.stdout.write(`${summary.passedInContainerToo} of ${summary.passedNatively} tests that pass natively pass in the container: ${percent}\n`);
    if (summary.unfinishedNatively.length) process.stdout.write(`left out on both sides, unfinished natively within ${timeoutSeconds} s: ${summary.unfinishedNatively.join(", ")}\n`);
    for (const { cause, count, example } of summary.causes) process.stdout.write(`${String(count).padStart(5)}  ${cause}\n       e.g. ${example}\n`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fidelity: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
