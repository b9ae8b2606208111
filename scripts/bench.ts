// `npm run bench` prints a table; `npm run bench -- --json` prints one JSON object.
// Options: --no-browser (skip Chromium), --repeats <n> (warm repetitions, default 5),
// --no-load (skip the load test), --learners <n> and --seconds <n> (load test size, default 50 for 60 s),
// --only <section>[,<section>...] (run only these sections, by name: e.g. --only pydantic-core).
// Each section is a function that adds figures; add later ones (load tests) to SECTIONS.
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createNodeRuntime } from "../lib/python-runtime/node/index";
import { readPythonFolder } from "../lib/python-runtime/node/python-folder";
import { runInChromium, type BrowserVisit } from "./bench/browser-host";
import { NATIVE_DESCRIPTION, nativeUnavailable, runNativePytest, runNativeScript } from "./bench/native";
import { pydanticCore } from "./bench/pydantic-core";
import { BenchReport, median } from "./bench/report";
import { runLoadTest } from "./load-test.mjs";

const root = path.resolve(import.meta.dirname, "..");
const fixtures = path.join(root, "tests/fixtures/python");
const FIXTURES = { fastapi: path.join(fixtures, "fastapi-items"), flask: path.join(fixtures, "flask-todos") };

interface Context {
  report: BenchReport;
  repeats: number;
  browser: boolean;
  load: { enabled: boolean; learners: number; seconds: number };
  log: (line: string) => void;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await fn();
  return [value, performance.now() - started];
}

async function sandboxVsNative(ctx: Context) {
  const { report, repeats } = ctx;
  ctx.log("node sandbox: cold boot");
  // Python from scratch every time: the snapshot path is measured in snapshotBoot.
  const runtime = createNodeRuntime({ timeoutMs: 60_000, snapshotDir: null });
  try {
    const [, bootMs] = await timed(() => runtime.boot());
    report.add("node", "coldBootMs", bootMs, "ms", "new sandboxed runner process + Pyodide + bundle + warm-up imports, no snapshot");
    report.add("node", "warmUpMs", runtime.bootInfo?.warmUpMs ?? null, "ms", "part of boot: Flask/FastAPI/pytest self-check");
    report.add("node", "heapAfterBootMB", (runtime.bootInfo?.heapBytes ?? 0) / 2 ** 20, "MB");

    const program = { "main.py": "total = sum(i * i for i in range(10_000))\nprint(total)\n" };
    const programTimes: number[] = [];
    for (let i = 0; i < repeats; i += 1) {
      const [result, ms] = await timed(() => runtime.runProgram(program, "main.py"));
      if (!result.ok) throw new Error(`small program failed: ${JSON.stringify(result.error)}`);
      programTimes.push(ms);
    }
    report.add("node", "warmRunProgramMs", median(programTimes), "ms", `median of ${repeats}`);

    for (const [name, dir] of Object.entries(FIXTURES)) {
      const { files, tests } = await readPythonFolder(dir);
      const times: number[] = [];
      for (let i = 0; i < repeats + 1; i += 1) {
        const [result, ms] = await timed(() => runtime.runTests(files, tests));
        if (!result.ok) throw new Error(`${name} fixture failed in the sandbox: ${JSON.stringify(result.summary)} ${JSON.stringify(result.error)}`);
        if (i > 0) times.push(ms); // the first run after boot is reported separately
        else report.add("node", `${name}PytestFirstMs`, ms, "ms", `${path.relative(root, dir)}, first run after boot`);
      }
      const sandboxMs = median(times);
      report.add("node", `${name}PytestWarmMs`, sandboxMs, "ms", `median of ${repeats}, ${result(tests)}`);

      const unavailable = await nativeUnavailable();
      if (unavailable) {
        report.add("native", "skipped", unavailable);
        continue;
      }
      ctx.log(`native CPython: ${name}`);
      const native = await runNativePytest(dir, repeats + 1);
      if (native.exitCodes.some((c) => c !== 0)) throw new Error(`${name} fixture failed natively: exit codes ${native.exitCodes.join(",")}`);
      report.add("native", `${name}PytestWarmMs`, native.warmMs, "ms", `CPython ${native.python}: ${NATIVE_DESCRIPTION}`);
      report.add("native", `${name}PytestFirstInProcessMs`, native.firstMs, "ms", "includes importing the libraries");
      report.add("ratio", `${name}PytestWarmRatio`, sandboxMs / native.warmMs, "x", "sandbox warm / native warm; target at most 1.5x. The sandbox memoizes pytest set-up across runs (course_speedups.py), native runs plain pytest.main");
    }
  } finally {
    await runtime.dispose();
  }
}

const result = (tests: Record<string, string>) => `${Object.keys(tests).join(", ")}`;

interface ImportFigures { python: string; pydantic: number | null; fastapi: number | null; sqlalchemy: number | null }
interface RoundTripFigures { roundTrips: number; medianMs: number; bestMs: number }

const benchScript = (name: string) => path.join(import.meta.dirname, "bench", name);

/** Runs a bench script (scripts/bench/bench_*.py) in the sandbox; its last line of output is JSON. */
async function inSandbox<T>(runtime: ReturnType<typeof createNodeRuntime>, name: string): Promise<T> {
  const source = await readFile(benchScript(name), "utf8");
  const run = await runtime.runProgram({ [name]: source }, name);
  if (!run.ok) throw new Error(`${name} failed in the sandbox: ${run.error?.message}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as T;
}

/**
 * Import times of pydantic, fastapi and sqlalchemy (each a fresh interpreter:
 * a sandbox booted without its warm-up, a new native process) and one
 * SQLAlchemy ORM round trip on a warm interpreter, sandbox against native.
 */
async function importsAndDatabase(ctx: Context) {
  const unavailable = await nativeUnavailable();
  const rounds: { sandbox: ImportFigures; native: ImportFigures | null }[] = [];
  for (let i = 0; i < ctx.repeats; i += 1) {
    ctx.log(`imports: round ${i + 1} of ${ctx.repeats} (fresh sandbox without warm-up, then native)`);
    const runtime = createNodeRuntime({ timeoutMs: 120_000, warmUp: false, snapshotDir: null });
    try {
      await runtime.boot();
      const sandbox = await inSandbox<ImportFigures>(runtime, "bench_imports.py");
      rounds.push({ sandbox, native: unavailable ? null : await runNativeScript<ImportFigures>(benchScript("bench_imports.py")) });
    } finally {
      await runtime.dispose();
    }
  }
  const section = "imports";
  const nativeNote = unavailable ? `native skipped: ${unavailable}` : `native: ${NATIVE_DESCRIPTION}`;
  ctx.report.add(section, "method", `median of ${rounds.length} fresh interpreters per side`, "",
    `pytest, Flask, Starlette, AnyIO and pydantic_core (imported by the sandbox's harness) are imported first on both sides; ${nativeNote}`);
  for (const name of ["pydantic", "fastapi", "sqlalchemy"] as const) {
    const sandboxMs = median(rounds.map((r) => r.sandbox[name] ?? Number.NaN));
    ctx.report.add(section, `${name}.sandbox`, sandboxMs, "ms", name === "fastapi" ? "after pydantic" : undefined);
    if (unavailable) continue;
    const nativeMs = median(rounds.map((r) => r.native![name] ?? Number.NaN));
    ctx.report.add(section, `${name}.native`, nativeMs, "ms");
    ctx.report.add(section, `${name}.ratio`, sandboxMs / nativeMs, "x", "sandbox / native");
  }

  ctx.log("sqlalchemy: ORM round trips, warm sandbox then native");
  const runtime = createNodeRuntime({ timeoutMs: 120_000 });
  try {
    await runtime.boot();
    await inSandbox<RoundTripFigures>(runtime, "bench_sqlalchemy.py"); // first run imports SQLAlchemy
    const sandbox = await inSandbox<RoundTripFigures>(runtime, "bench_sqlalchemy.py");
    const note = `add + commit, then get by key in a new session, SQLite in memory; median of ${sandbox.roundTrips}`;
    ctx.report.add("sqlalchemy", "roundTrip.sandbox", sandbox.medianMs, "ms", note);
    if (unavailable) return;
    const native = await runNativeScript<RoundTripFigures>(benchScript("bench_sqlalchemy.py"));
    ctx.report.add("sqlalchemy", "roundTrip.native", native.medianMs, "ms");
    ctx.report.add("sqlalchemy", "roundTrip.ratio", sandbox.medianMs / native.medianMs, "x", "sandbox / native");
  } finally {
    await runtime.dispose();
  }
}

/** A Node boot from the snapshot a fresh boot saved (the server's respawns after a timeout). */
async function snapshotBoot(ctx: Context) {
  ctx.log("node sandbox: boot from a snapshot");
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-snapshots-"));
  try {
    const fresh = createNodeRuntime({ timeoutMs: 60_000, snapshotDir: dir });
    await fresh.boot();
    await fresh.dispose();
    const savedFile = async () => (await readdir(dir)).find((n) => n.endsWith(".bin"));
    let file: string | undefined;
    for (let waited = 0; !(file = await savedFile()); waited += 100) {
      if (waited > 30_000) throw new Error("no snapshot was saved");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const times: number[] = [];
    for (let i = 0; i < ctx.repeats; i += 1) {
      const runtime = createNodeRuntime({ timeoutMs: 60_000, snapshotDir: dir });
      const [, ms] = await timed(() => runtime.boot());
      if (runtime.bootInfo?.snapshot !== "restored") throw new Error(`boot did not use the snapshot: ${runtime.bootInfo?.snapshot}`);
      const { files, tests } = await readPythonFolder(FIXTURES.fastapi);
      const report = await runtime.runTests(files, tests);
      await runtime.dispose();
      if (!report.ok) throw new Error(`FastAPI fixture failed after a snapshot boot: ${JSON.stringify(report.summary)}`);
      times.push(ms);
    }
    const size = (await stat(path.join(dir, file))).size;
    ctx.report.add("node", "snapshotBootMs", median(times), "ms", `new sandboxed runner process restored from a saved snapshot (what every submission gets); median of ${times.length}, each then passing the FastAPI fixture`);
    ctx.report.add("bundle", "snapshotMB", size / 1e6, "MB", "wasm memory after boot, saved once per browser (Cache Storage) or checkout (.cache/python-snapshots)");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Packages the container gained with its move to Python 3.14 and Debian forky. */
const NEW_PACKAGES = ["sqlalchemy", "sqlmodel", "flask-sqlalchemy", "flask-login", "pyjwt", "passlib", "email-validator", "dnspython", "pydantic-settings", "python-dotenv", "httpx2", "httpcore2"];

async function bundleSize(ctx: Context) {
  const index = JSON.parse(await readFile(path.join(root, "public/python/index.json"), "utf8")) as {
    size: number; unpackedSize: number; files: number; packages: { name: string; version: string; zipBytes: number }[];
  };
  ctx.report.add("bundle", "sitePackagesArchiveMB", index.size / 1e6, "MB", `download: ${index.files} files, ${index.packages.length} packages, gzipped as one stream; ${(index.unpackedSize / 1e6).toFixed(1)} MB unpacked`);
  let core = 0;
  for (const name of await readdir(path.join(root, "public/pyodide"))) {
    core += (await stat(path.join(root, "public/pyodide", name))).size;
  }
  ctx.report.add("bundle", "pyodideCoreMB", core / 1e6, "MB", "public/pyodide: wasm, JS loader, stdlib");
  // What each package the 3.14 container added costs the download (issue 15).
  for (const name of NEW_PACKAGES) {
    const entry = index.packages.find((p) => p.name === name);
    if (!entry) continue;
    ctx.report.add("bundle", `without.${name}`, (index.size - entry.zipBytes) / 1e6, "MB", `${name} ${entry.version} is about ${(entry.zipBytes / 1e6).toFixed(2)} MB of the download (its files deflated one by one)`);
  }
}

async function browser(ctx: Context) {
  if (!ctx.browser) {
    ctx.report.add("browser", "skipped", "--no-browser");
    return;
  }
  ctx.log("headless Chromium: boot + FastAPI pytest");
  const fixture = await readPythonFolder(FIXTURES.fastapi);
  const { firstVisit, laterVisits } = await runInChromium(fixture, ctx.repeats);
  for (const visit of [firstVisit, ...laterVisits]) {
    if (!visit.warmOk) throw new Error(`FastAPI fixture failed in Chromium: ${JSON.stringify(visit.summary)}`);
  }
  const phases = (visit: BrowserVisit) => Object.entries(visit.phaseStartMs).map(([phase, ms]) => `${phase}@${ms}`).join(" ");
  ctx.report.add("browser", "firstVisitBootMs", firstVisit.bootMs, "ms",
    `target at most 3000 ms on a quiet machine; empty browser cache, Python from scratch (snapshot ${firstVisit.snapshot}); Web Worker, crossOriginIsolated=${firstVisit.crossOriginIsolated}; ${phases(firstVisit)}`);
  const boots = laterVisits.map((v) => v.bootMs);
  const typical = laterVisits.find((v) => v.bootMs === median(boots));
  const restored = laterVisits.filter((v) => v.snapshot === "restored").length;
  ctx.report.add("browser", "coldBootMs", median(boots), "ms",
    `target at most 1000 ms on a quiet machine; new page and worker, assets cached; median of ${boots.length} later visits, ${restored} started from the saved snapshot${typical ? `; ${phases(typical)}` : ""}`);
  ctx.report.add("browser", "nextWorkerMs", median(laterVisits.map((v) => v.nextWorkerMs)), "ms",
    "after a run, until the fresh worker for the next run is ready (median over later visits)");
  ctx.report.add("browser", "fastapiPytestWarmMs", firstVisit.warmTestMs, "ms", "second run of the FastAPI fixture, in a fresh worker, on the first visit");
  ctx.report.add("browser", "fastapiPytestWarmAfterSnapshotMs", median(laterVisits.map((v) => v.warmTestMs)), "ms",
    "the same on later visits (median)");
  ctx.report.add("browser", "cancelMs", firstVisit.cancelMs, "ms", `while True: pass, cancel after 100 ms -> ${firstVisit.cancelKind}, workers started: ${firstVisit.spawnCount}`);
}

async function load(ctx: Context) {
  if (!ctx.load.enabled) {
    ctx.report.add("load", "skipped", "--no-load");
    return;
  }
  // The same load twice in one run: with runners shared between submissions
  // (how grading worked before each submission got a sandboxed runner of its
  // own; measurement only) and as the server grades by default.
  const modes: { key: string; env: Record<string, string>; note: string }[] = [
    { key: "sharedRunners", env: { GRADER_RUNNER_PER_SUBMISSION: "0" }, note: "runners shared between submissions (before isolation per submission)" },
    { key: "runnerPerSubmission", env: {}, note: "a fresh sandboxed runner for every submission (the default)" },
  ];
  // Figures are per instance, so name what the instance ran on; other work
  // on the machine (its load average) lowers them.
  const cores = os.availableParallelism();
  ctx.report.add("load", "machine", `${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${cores} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB`);
  ctx.report.add("load", "graderPoolSize", Number(process.env.GRADER_POOL_SIZE) || 2, "", "grading runtimes in the instance (GRADER_POOL_SIZE)");
  const throughput: Record<string, number> = {};
  for (const mode of modes) {
    const loadBefore = os.loadavg()[0];
    ctx.log(`load test (${mode.note}): ${ctx.load.learners} learners submitting for ${ctx.load.seconds} s to a production build`);
    const figures = await runLoadTest({ learners: ctx.load.learners, seconds: ctx.load.seconds, env: mode.env, log: ctx.log });
    const section = `load: ${mode.key}`;
    ctx.report.add(section, "learners", figures.load_learners, "", `simulated learners, each submitting in a loop; ${mode.note}`);
    ctx.report.add(section, "gradedSubmissions", figures.load_graded_submissions, "", `in ${figures.load_seconds} s, graded on the server`);
    ctx.report.add(section, "throughputPerS", figures.load_throughput_per_s, "/s");
    ctx.report.add(section, "throughputPerCorePerS", figures.load_throughput_per_s / cores, "/s", `${cores} cores`);
    ctx.report.add(section, "latencyP50Ms", figures.load_latency_p50_ms, "ms");
    ctx.report.add(section, "latencyP95Ms", figures.load_latency_p95_ms, "ms");
    ctx.report.add(section, "busy503", figures.load_busy_503, "", "answered 503 + Retry-After (queue full), retried by the learner");
    ctx.report.add(section, "errors", figures.load_errors, "", "any other non-200 answer");
    ctx.report.add(section, "progressRowsLost", figures.load_progress_rows_lost, "", "attempts or submissions missing or extra, against 200 answers");
    ctx.report.add(section, "progressRowsDuplicated", figures.load_progress_rows_duplicated, "", "learners with more than one progress row");
    ctx.report.add(section, "loadAverage", `${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`, "", "the machine's 1-minute load average (other work lowers the figures)");
    if (figures.load_progress_rows_lost || figures.load_progress_rows_duplicated || figures.load_errors) {
      throw new Error(`load test found lost or duplicated progress or errors: ${JSON.stringify(figures)}`);
    }
    throughput[mode.key] = figures.load_throughput_per_s;
  }
  ctx.report.add("load", "isolationCostRatio", throughput.sharedRunners / throughput.runnerPerSubmission, "x",
    "throughput with shared runners / with a runner per submission, same run");
}

const SECTIONS: { name: string; run: (ctx: Context) => Promise<void> }[] = [
  { name: "bundle", run: bundleSize },
  { name: "node sandbox vs native", run: sandboxVsNative },
  { name: "node snapshot boot", run: snapshotBoot },
  { name: "imports and database", run: importsAndDatabase },
  { name: "browser", run: browser },
  { name: "load", run: load },
  { name: "pydantic-core", run: pydanticCore },
];

/** The positive number after `flag`, or `fallback` when it is absent or not positive. */
function positiveArg(args: string[], flag: string, fallback: number): number {
  const at = args.indexOf(flag);
  const value = at >= 0 ? Number(args[at + 1]) : NaN;
  return value > 0 ? value : fallback;
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const repeatsAt = args.indexOf("--repeats");
  const ctx: Context = {
    report: new BenchReport(),
    repeats: repeatsAt >= 0 ? Math.max(1, Number(args[repeatsAt + 1]) || 5) : 5,
    browser: !args.includes("--no-browser"),
    load: { enabled: !args.includes("--no-load"), learners: positiveArg(args, "--learners", 50), seconds: positiveArg(args, "--seconds", 60) },
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
  };
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? "").split(",").map((name) => name.trim()) : null;
  const unknown = (only ?? []).filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length) {
    process.stderr.write(`[bench] unknown section(s): ${unknown.join(", ")}; sections: ${SECTIONS.map((s) => s.name).join(", ")}\n`);
    process.exitCode = 64;
    return;
  }
  const started = performance.now();
  for (const section of SECTIONS.filter((s) => !only || only.includes(s.name))) {
    try {
      await section.run(ctx);
    } catch (error) {
      ctx.report.add(section.name, "error", error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    }
  }
  ctx.report.add("bench", "totalSeconds", (performance.now() - started) / 1000, "s");
  process.stdout.write(json ? JSON.stringify(ctx.report.toJson()) + "\n" : ctx.report.toTable() + "\n");
}

void main();
