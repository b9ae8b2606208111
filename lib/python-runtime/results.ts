// Builds the public result shapes from what the harness returned, and the
// errors only the host can observe (timeout, cancel, crash, memory).
import type { HarnessResult } from "./protocol";
import type { AppCallResult, PythonError, PythonErrorKind, RunResult, TestReport } from "./types";

export function hostError(kind: PythonErrorKind, message: string): PythonError {
  return { kind, message, traceback: [] };
}

export const timeoutError = (ms: number) =>
  hostError("timeout", `The code ran for more than ${formatSeconds(ms)} and was stopped. Look for a loop that never ends.`);

export const cancelledError = () => hostError("cancelled", "The run was stopped.");

export const crashError = (detail: string) =>
  hostError("crash", `Python stopped unexpectedly and was restarted (${detail.split("\n")[0].slice(0, 200)}).`);

/**
 * The worker died or its interpreter failed outside Python. Running out of
 * JavaScript memory (files written in Pyodide's in-memory file system live
 * there) or hitting the operating system's memory limit is a memory verdict,
 * not a crash.
 */
export function fatalError(detail: string, limitBytes: number): PythonError {
  if (/array buffer allocation failed|out of memory|heap limit|allocation failure/i.test(detail)) {
    return hostError("memory", `The code used more memory than the sandbox allows (${Math.round(limitBytes / 2 ** 20)} MB). Python was restarted.`);
  }
  return crashError(detail);
}

export const memoryError = (usedBytes: number, limitBytes: number) =>
  hostError(
    "memory",
    `The code used about ${Math.round(usedBytes / 2 ** 20)} MB of memory; the limit is ${Math.round(limitBytes / 2 ** 20)} MB. Python was restarted.`,
  );

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} second${s === 1 ? "" : "s"}`;
}

/** Output gathered from streaming, for results the harness never sent. */
export interface PartialOutput {
  stdout: string;
  stderr: string;
  truncated: boolean;
  durationMs: number;
}

export function toRunResult(r: HarnessResult | PartialOutput, error: PythonError | null): RunResult {
  return { ok: error === null, stdout: r.stdout, stderr: r.stderr, truncated: r.truncated, error, durationMs: r.durationMs };
}

export function toTestReport(r: HarnessResult | PartialOutput, error: PythonError | null): TestReport {
  const h = r as Partial<HarnessResult> & PartialOutput;
  const summary = (h.summary as TestReport["summary"] | undefined) ?? { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  const tests = (h.tests as TestReport["tests"] | undefined) ?? [];
  const warnings = (h.warnings as TestReport["warnings"] | undefined) ?? [];
  const ok = error === null && Boolean(h.ok);
  return { ok, summary, tests, error, warnings, stdout: r.stdout, stderr: r.stderr, truncated: r.truncated, durationMs: r.durationMs };
}

export function toAppCallResult(r: HarnessResult | PartialOutput, error: PythonError | null): AppCallResult {
  const h = r as Partial<HarnessResult> & PartialOutput;
  return {
    ok: error === null && Boolean(h.response),
    response: error === null ? ((h.response as AppCallResult["response"]) ?? null) : null,
    framework: (h.framework as AppCallResult["framework"]) ?? null,
    stdout: r.stdout,
    stderr: r.stderr,
    error,
    durationMs: r.durationMs,
  };
}
