"use client";
// The playground's own Python runtime (one per tab), booted on first render.
import { createBrowserRuntime } from "@/lib/python-runtime/browser";
import type { PythonRuntime } from "@/lib/python-runtime/types";
import { type RuntimeStatus, useRuntimeStatus } from "@/components/python-runtime/use-runtime-status";

export type BootState = RuntimeStatus;

let shared: PythonRuntime | null = null;

function runtime(): PythonRuntime {
  shared ??= createBrowserRuntime({ timeoutMs: 10_000 });
  return shared;
}

export function usePlaygroundRuntime(): { runtime: PythonRuntime; boot: BootState } {
  return { runtime: runtime(), boot: useRuntimeStatus(runtime).status };
}
