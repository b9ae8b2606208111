"use client";
// The playground's own Python runtime (one per tab), booted on first render.
import { createBrowserRuntime } from "@/lib/python-runtime/browser";
import type { PythonRuntime } from "@/lib/python-runtime/types";
import { type RuntimeStatus, useRuntimeStatus } from "@/components/python-runtime/use-runtime-status";

export type BootState = RuntimeStatus;

let shared: PythonRuntime | null = null;

/**
 * As long as the slowest exercise may take: each run gets a fresh worker, and
 * a test run that imports SQLAlchemy and formats a failure deep inside it
 * takes over 10 s in a browser on a busy machine.
 */
const PLAYGROUND_TIME_LIMIT_MS = 20_000;

function runtime(): PythonRuntime {
  shared ??= createBrowserRuntime({ timeoutMs: PLAYGROUND_TIME_LIMIT_MS });
  return shared;
}

export function usePlaygroundRuntime(): { runtime: PythonRuntime; boot: BootState } {
  return { runtime: runtime(), boot: useRuntimeStatus(runtime).status };
}
