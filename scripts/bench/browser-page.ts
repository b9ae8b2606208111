// Runs inside the bench's Chromium page: the real browser facade, with the
// worker bundled by esbuild (the app itself lets Next's bundler do that).
import { createBrowserRuntime } from "../../lib/python-runtime/browser/index";
import type { SourceFiles } from "../../lib/python-runtime/types";

declare global {
  interface Window {
    benchBrowser: (fixture: { files: SourceFiles; tests: SourceFiles }) => Promise<unknown>;
  }
}

window.benchBrowser = async ({ files, tests }) => {
  const runtime = createBrowserRuntime({
    timeoutMs: 60_000,
    createWorker: () => new Worker("/bench/worker.js", { type: "module" }),
  });
  const t0 = performance.now();
  const phases: string[] = [];
  await runtime.boot((p) => {
    if (!phases.includes(p.phase)) phases.push(p.phase);
  });
  const bootMs = performance.now() - t0;
  const first = await runtime.runTests(files, tests);
  const t1 = performance.now();
  const warm = await runtime.runTests(files, tests);
  const warmTestMs = performance.now() - t1;
  const probe = await runtime.runProgram({ "main.py": "import js\n" }, "main.py");
  const loop = performance.now();
  const cancelled = runtime.runProgram({ "main.py": "while True:\n    pass\n" }, "main.py");
  setTimeout(() => runtime.cancel(), 100);
  const cancelResult = await cancelled;
  const cancelMs = performance.now() - loop;
  const info = runtime.bootInfo;
  await runtime.dispose();
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated,
    phases, bootMs, warmTestMs,
    firstOk: first.ok, warmOk: warm.ok, summary: warm.summary,
    jsImportKind: probe.error?.kind, cancelKind: cancelResult.error?.kind, cancelMs,
    spawnCount: runtime.spawnCount, versions: info?.versions, heapBytes: info?.heapBytes,
  };
};
