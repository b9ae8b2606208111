// How much of an upstream project's own test suite passes through the product:
//   npm run fidelity -- <checkout> [--only <text>] [--deps <name,...>] [--json]
// <checkout> is a Flask or FastAPI source tree at the tag the container ships
// (e.g. `git archive 3.1.3` of pallets/flask). Its tests/ (and FastAPI's
// docs_src/, which the tests import) are run file by file twice: natively
// (CPython 3.14 in the Debian forky chroot, the container's bundle with the
// native pydantic-core; scripts/bench/native.ts) and through the product's
// runtime as the CLI runs them (`npm run sandbox -- test <dir> --select
// <file>`: the same folder reader and runTests, one runner for all files).
// Prints the fidelity, tests that pass natively and in the container against
// tests that pass natively, and the container's failures grouped by cause.
// --deps copies test-only packages (e.g. inline_snapshot,dirty_equals,
// asttokens,executing for FastAPI) from the chroot's dist-packages into the
// project folder, so both sides import the same copies.
// Upstream code is read from the checkout and never copied into this repository.
import { cp, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createNodeRuntime } from "../lib/python-runtime/node/index";
import { readPythonFolder } from "../lib/python-runtime/node/python-folder";
import type { TestReport } from "../lib/python-runtime/types";
import { inChroot, nativeUnavailable } from "./bench/native";

const CARRIED = ["tests", "docs_src"];

function parseArgs(argv: string[]) {
  const [checkout, ...rest] = argv;
  if (!checkout) throw new Error("usage: npm run fidelity -- <checkout> [--only <text>] [--deps <name,...>] [--json]");
  let only: string | undefined;
  let deps: string[] = [];
  let json = false;
  for (let i = 0; i < rest.length; i += 1) {
    if (rest[i] === "--only" && rest[i + 1]) only = rest[++i];
    else if (rest[i] === "--deps" && rest[i + 1]) deps = rest[++i].split(",").filter(Boolean);
    else if (rest[i] === "--json") json = true;
    else throw new Error(`unexpected argument: ${rest[i]}`);
  }
  return { checkout: path.resolve(checkout), only, deps, json };
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/** A failure's cause, comparable across tests: the message's first line without addresses and temp paths. */
function causeOf(message: string | null | undefined): string {
  const first = (message ?? "no message").split("\n")[0];
  return first.replace(/0x[0-9a-f]+/gi, "0x…").replace(/\/tmp\/[^\s'"]+/g, "/tmp/…").slice(0, 160);
}

async function main() {
  const { checkout, only, deps, json } = parseArgs(process.argv.slice(2));
  const unavailable = await nativeUnavailable();
  if (unavailable) throw new Error(`the native side needs the chroot: ${unavailable}`);
  if (!(await exists(path.join(checkout, "tests")))) throw new Error(`${checkout} has no tests/ folder`);

  const folder = await mkdtemp(path.join(os.tmpdir(), "fidelity-"));
  try {
    for (const name of CARRIED) {
      if (await exists(path.join(checkout, name))) await cp(path.join(checkout, name), path.join(folder, name), { recursive: true });
    }
    const distPackages = path.resolve(import.meta.dirname, "../.cache/forky-chroot/usr/lib/python3/dist-packages");
    for (const name of deps) {
      if (!/^[\w.]+$/.test(name) || !(await exists(path.join(distPackages, name)))) throw new Error(`--deps: no package ${name} in ${distPackages}`);
      await cp(path.join(distPackages, name), path.join(folder, name), { recursive: true });
    }
    const project = await readPythonFolder(folder);
    const testFiles = Object.keys(project.tests)
      .filter((name) => /(^|\/)test_[^/]*\.py$/.test(name) && (!only || name.includes(only)))
      .sort();
    process.stderr.write(`fidelity: ${testFiles.length} test files, ${project.skipped.length} files left out (${project.skipped.map((s) => s.path).slice(0, 5).join(", ")})\n`);

    process.stderr.write("fidelity: native run (forky chroot)…\n");
    const native = await inChroot<Record<string, string>>(path.join(import.meta.dirname, "fidelity/native_outcomes.py"), [folder, ...testFiles], [folder]);

    const runtime = createNodeRuntime({ timeoutMs: 300_000 });
    const product: Record<string, { outcome: string; message: string | null }> = {};
    try {
      await runtime.boot();
      for (const [i, file] of testFiles.entries()) {
        process.stderr.write(`fidelity: container ${i + 1}/${testFiles.length} ${file}\n`);
        let report: TestReport;
        try {
          report = await runtime.runTests(project.files, project.tests, { select: [file] });
        } catch (error) {
          product[`${file}::*`] = { outcome: "error", message: error instanceof Error ? error.message : String(error) };
          continue;
        }
        for (const test of report.tests) product[test.id] = { outcome: test.outcome, message: test.message };
        if (report.error) product[`${file}::*`] = { outcome: "error", message: report.error.message };
      }
    } finally {
      await runtime.dispose();
    }

    const passedNatively = Object.keys(native).filter((id) => native[id] === "passed");
    const causes = new Map<string, { count: number; example: string }>();
    let passedBoth = 0;
    for (const id of passedNatively) {
      const here = product[id];
      if (here?.outcome === "passed") {
        passedBoth += 1;
        continue;
      }
      const file = id.split("::")[0];
      const cause = here ? causeOf(here.message) : `not run in the container: ${causeOf(product[`${file}::*`]?.message ?? "missing from the report")}`;
      const entry = causes.get(cause) ?? { count: 0, example: id };
      entry.count += 1;
      causes.set(cause, entry);
    }
    const ranked = [...causes.entries()].sort((a, b) => b[1].count - a[1].count);
    const summary = {
      checkout,
      testFiles: testFiles.length,
      passedNatively: passedNatively.length,
      passedInContainerToo: passedBoth,
      fidelity: passedNatively.length ? passedBoth / passedNatively.length : null,
      passedOnlyInContainer: Object.keys(product).filter((id) => product[id].outcome === "passed" && native[id] !== "passed").length,
      causes: ranked.map(([cause, { count, example }]) => ({ cause, count, example })),
    };
    if (json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    const percent = summary.fidelity === null ? "n/a" : `${(summary.fidelity * 100).toFixed(1)}%`;
    process.stdout.write(`${passedBoth} of ${passedNatively.length} tests that pass natively pass in the container: ${percent}\n`);
    for (const { cause, count, example } of summary.causes) process.stdout.write(`${String(count).padStart(5)}  ${cause}\n       e.g. ${example}\n`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`fidelity: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
