"use client";
// One Python runtime per page, started as soon as a lesson with exercises is
// shown so Pyodide and the packages load while the learner reads. Every part
// of the workspace talks to Python through this facade, never to the worker.
import { useEffect, useState } from "react";
import { createBrowserRuntime } from "@/lib/python-runtime/browser";
import type { BootProgress, PythonRuntime } from "@/lib/python-runtime/types";

let runtime: PythonRuntime | null = null;

export function getPythonRuntime(): PythonRuntime {
  runtime ??= createBrowserRuntime();
  return runtime;
}

export type RuntimeStatus =
  | { state: "booting"; progress: BootProgress | null }
  | { state: "ready"; restored: boolean }
  | { state: "failed"; message: string };

/** Boots the runtime on mount and reports its progress; `retry` boots again after a failure. */
export function usePythonRuntimeStatus(): { status: RuntimeStatus; retry: () => void } {
  const [status, setStatus] = useState<RuntimeStatus>({ state: "booting", progress: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    getPythonRuntime()
      .boot((progress) => {
        if (live) setStatus({ state: "booting", progress });
      })
      .then(
        () => live && setStatus({ state: "ready", restored: getPythonRuntime().bootInfo?.snapshot === "restored" }),
        (error: unknown) => live && setStatus({ state: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    status,
    retry: () => {
      setStatus({ state: "booting", progress: null });
      setAttempt((n) => n + 1);
    },
  };
}
