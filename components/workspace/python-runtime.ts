"use client";
// One Python runtime per page, started as soon as a lesson with exercises is
// shown so Pyodide and the packages load while the learner reads. Every part
// of the workspace talks to Python through this facade, never to the worker.
import { createBrowserRuntime } from "@/lib/python-runtime/browser";
import type { PythonRuntime } from "@/lib/python-runtime/types";
import { useRuntimeStatus } from "@/components/python-runtime/use-runtime-status";

export type { RuntimeStatus } from "@/components/python-runtime/use-runtime-status";

let runtime: PythonRuntime | null = null;

export function getPythonRuntime(): PythonRuntime {
  runtime ??= createBrowserRuntime();
  return runtime;
}

/** Boots the runtime on mount and reports its progress; `retry` boots again after a failure. */
export const usePythonRuntimeStatus = () => useRuntimeStatus(getPythonRuntime);
