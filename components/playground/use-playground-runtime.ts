"use client";
// The playground's own Python runtime (one per tab), booted on first render.
import { useEffect, useState } from "react";
import { createBrowserRuntime } from "@/lib/python-runtime/browser";
import type { BootProgress, PythonRuntime } from "@/lib/python-runtime/types";

let shared: PythonRuntime | null = null;

function runtime(): PythonRuntime {
  shared ??= createBrowserRuntime({ timeoutMs: 10_000 });
  return shared;
}

export type BootState =
  | { state: "booting"; progress: BootProgress | null }
  | { state: "ready"; restored: boolean }
  | { state: "failed"; message: string };

export function usePlaygroundRuntime(): { runtime: PythonRuntime; boot: BootState } {
  const [boot, setBoot] = useState<BootState>({ state: "booting", progress: null });
  useEffect(() => {
    let live = true;
    runtime()
      .boot((progress) => live && setBoot({ state: "booting", progress }))
      .then(
        () => live && setBoot({ state: "ready", restored: runtime().bootInfo?.snapshot === "restored" }),
        (error: unknown) => live && setBoot({ state: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, []);
  return { runtime: runtime(), boot };
}
