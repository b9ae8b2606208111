// The Python container for the browser: one module Web Worker per runtime.
// Pyodide and the package bundle come from this app's origin (/pyodide/,
// /python/). With cross-origin isolation, cancel uses a SharedArrayBuffer
// interrupt; otherwise it terminates and restarts the worker.
import type { WorkerChannel, WorkerMessage } from "../protocol";
import { WorkerRuntime, type RuntimeLimits } from "../runtime-client";

export interface BrowserRuntimeOptions extends RuntimeLimits {
  /** Where /pyodide/ and /python/ are served (default "/"). */
  assetBaseUrl?: string;
  /** Skip the boot-time warm-up (faster boot, slower first run). */
  warmUp?: boolean;
  /** Reuse a snapshot of the warmed-up interpreter saved in this browser's Cache Storage (default true). */
  snapshots?: boolean;
  /** Makes the worker; for hosts that bundle worker.ts themselves (bench, tests). */
  createWorker?: () => Worker;
  /**
   * Start a new worker after every operation (default true): learner code
   * that reaches the worker's JavaScript cannot leave anything there for a
   * later run. The next worker boots from the saved snapshot while the
   * learner reads the results.
   */
  freshWorkerPerRun?: boolean;
}

function defaultWorker(): Worker {
  return new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "python-runtime" });
}

function channelFor(worker: Worker): WorkerChannel {
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener("message", (event: MessageEvent<WorkerMessage>) => listener(event.data)),
    onError: (listener) => {
      worker.addEventListener("error", (event: ErrorEvent) => {
        event.preventDefault();
        listener(new Error(event.message || "the Python worker failed to load"));
      });
      worker.addEventListener("messageerror", () => listener(new Error("a message from the Python worker could not be read")));
    },
    terminate: () => worker.terminate(),
  };
}

export function createBrowserRuntime(options: BrowserRuntimeOptions = {}): WorkerRuntime {
  const makeWorker = options.createWorker ?? defaultWorker;
  return new WorkerRuntime({
    ...options,
    interrupts: globalThis.crossOriginIsolated === true,
    replaceAfterEachRun: options.freshWorkerPerRun ?? true,
    bootConfig: { assetBaseUrl: options.assetBaseUrl ?? "/", snapshots: options.snapshots ?? true },
    spawn: () => channelFor(makeWorker()),
  });
}

export type { WorkerRuntime } from "../runtime-client";
