// Messages between the facade (runtime-client.ts) and a worker running
// worker/engine.mjs. Only those two files speak this protocol.
import type { BootInfo, BootProgress, PythonError } from "./types";

export type { BootInfo };

export type OperationName = "runProgram" | "runTests" | "callApp" | "openApi";

export interface BootConfig {
  outputLimitBytes: number;
  /** Python code that grows the wasm heap past this gets a MemoryError (checked every few dozen bytecodes). */
  memoryLimitBytes?: number;
  /** Int32 slot for pyodide.setInterruptBuffer: writing 2 raises KeyboardInterrupt. */
  interruptBuffer?: SharedArrayBuffer;
  /** Import and exercise Flask, FastAPI and pytest at boot so runs are warm. */
  warmUp?: boolean;
  /** Reuse (and save) a snapshot of the warmed-up interpreter when the host can store one (default true). */
  snapshots?: boolean;
  /** Browser only: the origin path that serves pyodide/ and python/ (default "/"). */
  assetBaseUrl?: string;
}

export type HostMessage =
  | { type: "boot"; config: BootConfig }
  | { type: "run"; id: number; op: OperationName; payload: unknown };

/** What the Python harness returns for one operation (see harness/course_harness.py). */
export interface HarnessResult {
  error: PythonError | null;
  stdout: string;
  stderr: string;
  truncated: boolean;
  durationMs: number;
  [key: string]: unknown;
}

export type WorkerMessage =
  | { type: "boot-progress"; progress: BootProgress }
  | { type: "booted"; info: BootInfo; heapBytes: number }
  | { type: "boot-failed"; message: string }
  | { type: "output"; id: number; stream: "stdout" | "stderr"; text: string }
  | { type: "result"; id: number; result: HarnessResult; heapBytes: number }
  | { type: "fatal"; id: number; message: string };

/** The host's handle on one worker (a sandboxed runner process or a Web Worker). */
export interface WorkerChannel {
  post(message: HostMessage): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  /** The worker died or failed to start. */
  onError(listener: (error: Error) => void): void;
  terminate(): void;
}
