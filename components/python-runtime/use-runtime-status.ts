"use client";
// Boots a page's Python runtime on mount and follows its progress. Used by the
// lesson workspace and the playground, each with a runtime of its own.
import { useEffect, useState } from "react";
import type { BootProgress, PythonRuntime } from "@/lib/python-runtime/types";

export type RuntimeStatus =
  | { state: "booting"; progress: BootProgress | null }
  /** restored: Python started from the copy this browser saved on an earlier visit. */
  | { state: "ready"; restored: boolean }
  | { state: "failed"; message: string };

/** `retry` boots again after a failure. */
export function useRuntimeStatus(getRuntime: () => PythonRuntime): { status: RuntimeStatus; retry: () => void } {
  const [status, setStatus] = useState<RuntimeStatus>({ state: "booting", progress: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const runtime = getRuntime();
    runtime
      .boot((progress) => {
        if (live) setStatus({ state: "booting", progress });
      })
      .then(
        () => live && setStatus({ state: "ready", restored: runtime.bootInfo?.snapshot === "restored" }),
        (error: unknown) => live && setStatus({ state: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [attempt, getRuntime]);
  return {
    status,
    retry: () => {
      setStatus({ state: "booting", progress: null });
      setAttempt((n) => n + 1);
    },
  };
}
