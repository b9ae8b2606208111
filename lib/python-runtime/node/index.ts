// The Python container for Node: the server, the CLI and the tests.
// Each runtime owns one worker thread running ./worker.mjs (plain JavaScript,
// so it also starts inside the Next.js production server).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkerChannel, WorkerMessage } from "../protocol";
import { writeSnapshot } from "./snapshot-files.mjs";
import { WorkerRuntime, type RuntimeLimits } from "../runtime-client";

export interface NodeRuntimeOptions extends RuntimeLimits {
  /** The repository root holding lib/, public/python/ and node_modules/pyodide (default: found from this file or process.cwd()). */
  repoRoot?: string;
  /** Skip the boot-time warm-up (faster boot, slower first run). */
  warmUp?: boolean;
  /**
   * Where boots save and reuse a snapshot of the warmed-up interpreter
   * (default .cache/python-snapshots in the checkout); null always starts Python from scratch.
   */
  snapshotDir?: string | null;
}

const WORKER_FILE = "lib/python-runtime/node/worker.mjs";

/** Finds the checkout: next to this module when run from source, else the server's cwd (bundled Next.js). */
export function findRepoRoot(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.."));
  } catch {
    // import.meta.url is not a file URL inside some bundles
  }
  candidates.push(process.cwd());
  const root = candidates.find((dir) => existsSync(path.join(dir, WORKER_FILE)));
  if (!root) throw new Error(`Cannot find ${WORKER_FILE} from ${candidates.join(" or ")}`);
  return root;
}

/** Sent by worker.mjs after a fresh boot; handled here, not by the runtime client. */
interface SnapshotSave {
  type: "snapshot-save";
  key: string;
  bytes: Uint8Array;
}

function spawnWorker(repoRoot: string, snapshotDir: string | null): WorkerChannel {
  // The ignore comment keeps Next's bundler from pulling the worker into the server bundle: it must run as a plain file.
  const worker = new Worker(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ repoRoot, WORKER_FILE), { workerData: { repoRoot, snapshotDir } });
  // A worker left over from a finished operation must not keep the process alive;
  // the runtime keeps it referenced only while work is pending.
  worker.unref();
  let exited = false;
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (listener) =>
      worker.on("message", (message: WorkerMessage | SnapshotSave) => {
        if (message.type !== "snapshot-save") listener(message);
        else if (snapshotDir) void writeSnapshot(snapshotDir, message.key, message.bytes).catch(() => {});
      }),
    onError: (listener) => {
      worker.on("error", (error) => listener(error));
      worker.on("exit", (code) => {
        if (!exited) listener(new Error(`the Python worker exited (code ${code})`));
      });
    },
    terminate: () => {
      exited = true;
      void worker.terminate();
    },
  };
}

export function createNodeRuntime(options: NodeRuntimeOptions = {}): WorkerRuntime {
  const repoRoot = options.repoRoot ?? findRepoRoot();
  const snapshotDir = options.snapshotDir === undefined ? path.join(repoRoot, ".cache/python-snapshots") : options.snapshotDir;
  return new WorkerRuntime({
    ...options,
    interrupts: true,
    spawn: () => spawnWorker(repoRoot, snapshotDir),
  });
}

export type { WorkerRuntime } from "../runtime-client";
