// The Python container for Node: the server, the CLI and the tests.
// Each runtime owns one runner: a separate OS process in a sandbox
// (./sandbox-command.mjs) running ./runner.mjs, replaced whenever its
// interpreter can no longer be trusted, and after every operation when the
// code comes from people who must not see each other's runs.
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { HostMessage, WorkerChannel, WorkerMessage } from "../protocol";
import { DEFAULT_LIMITS, WorkerRuntime, type RuntimeLimits } from "../runtime-client";
import { probeIsolation, type IsolationStatus } from "./isolation";
import { spawnRunner } from "./runner-process";

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
  /**
   * "sandbox" (default): runners start only inside the operating-system
   * sandbox, and Python fails to start, saying why, where there is none.
   * "process": use the sandbox when the host has one, else a plain separate
   * process (no network isolation). The environment variable
   * ALLOW_UNSANDBOXED_RUNNERS=1 makes "process" the default.
   */
  isolation?: "sandbox" | "process";
  /** Start a new runner after every operation, so no run can see another's interpreter (default false). */
  freshRunnerPerRun?: boolean;
}

const RUNNER_FILE = "lib/python-runtime/node/runner.mjs";

/** Finds the checkout: next to this module when run from source, else the server's cwd (bundled Next.js). */
export function findRepoRoot(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../.."));
  } catch {
    // import.meta.url is not a file URL inside some bundles
  }
  candidates.push(process.cwd());
  const root = candidates.find((dir) => existsSync(path.join(dir, RUNNER_FILE)));
  if (!root) throw new Error(`Cannot find ${RUNNER_FILE} from ${candidates.join(" or ")}`);
  return root;
}

/** The isolation runners get on this host (probed once per process). */
export function nodeRuntimeIsolation(repoRoot = findRepoRoot()): Promise<IsolationStatus> {
  return probeIsolation(repoRoot);
}

export function unsandboxedRunnersAllowed(): boolean {
  return process.env.ALLOW_UNSANDBOXED_RUNNERS === "1";
}

/**
 * A channel whose runner starts once the host's isolation is known; posts
 * made before then wait. Where the sandbox is required and missing, it fails
 * like a runner that could not start, with the reason.
 */
function deferredRunner(start: Promise<WorkerChannel>): WorkerChannel {
  const pending: HostMessage[] = [];
  const messageListeners: ((message: WorkerMessage) => void)[] = [];
  const errorListeners: ((error: Error) => void)[] = [];
  let channel: WorkerChannel | null = null;
  let terminated = false;
  start.then(
    (started) => {
      if (terminated) return started.terminate();
      channel = started;
      for (const listener of messageListeners) started.onMessage(listener);
      for (const listener of errorListeners) started.onError(listener);
      for (const message of pending.splice(0)) started.post(message);
    },
    (error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const listener of errorListeners) listener(failure);
    },
  );
  return {
    post: (message) => (channel ? channel.post(message) : pending.push(message)),
    onMessage: (listener) => (channel ? channel.onMessage(listener) : messageListeners.push(listener)),
    onError: (listener) => (channel ? channel.onError(listener) : errorListeners.push(listener)),
    terminate: () => {
      terminated = true;
      channel?.terminate();
    },
  };
}

export function createNodeRuntime(options: NodeRuntimeOptions = {}): WorkerRuntime {
  const repoRoot = options.repoRoot ?? findRepoRoot();
  const snapshotDir = options.snapshotDir === undefined ? path.join(repoRoot, ".cache/python-snapshots") : options.snapshotDir;
  const require = createRequire(path.join(repoRoot, "package.json"));
  const runnerPaths = {
    pyodideDir: path.dirname(require.resolve("pyodide/package.json")),
    publicPython: path.join(repoRoot, "public/python"),
    harnessDir: path.join(repoRoot, "lib/python-runtime/harness"),
    extractedSitePackages: path.join(repoRoot, ".cache/python-site-packages"),
    snapshotDir,
  };
  const readOnlyPaths = [
    path.join(repoRoot, "lib/python-runtime/node"),
    path.join(repoRoot, "lib/python-runtime/worker"),
    runnerPaths.harnessDir,
    runnerPaths.pyodideDir,
    runnerPaths.publicPython,
    runnerPaths.extractedSitePackages,
    ...(snapshotDir ? [snapshotDir] : []),
  ];
  const required = (options.isolation ?? (unsandboxedRunnersAllowed() ? "process" : "sandbox")) === "sandbox";
  const memoryLimitBytes = options.memoryLimitBytes ?? DEFAULT_LIMITS.memoryLimitBytes;

  const start = async (): Promise<WorkerChannel> => {
    // Bound into the sandbox even when the bundle build has not written it yet.
    mkdirSync(runnerPaths.extractedSitePackages, { recursive: true });
    const status = await probeIsolation(repoRoot);
    if (required && status.level !== "sandbox") {
      throw new Error(
        `no operating-system sandbox for Python on this host (${status.problem}); install bubblewrap ` +
          "(apt-get install bubblewrap) on a kernel that allows user namespaces, or set ALLOW_UNSANDBOXED_RUNNERS=1 to accept the risk",
      );
    }
    return spawnRunner({
      spec: {
        runnerFile: path.join(repoRoot, RUNNER_FILE),
        runnerArgs: [JSON.stringify(runnerPaths)],
        readOnlyPaths,
        limits: { memoryLimitBytes },
        isolated: status.level === "sandbox",
      },
      snapshotDir,
      workDir: path.join(os.tmpdir(), "course-python-runner"),
    });
  };

  return new WorkerRuntime({
    ...options,
    // Cancel stops the runner process; the SharedArrayBuffer interrupt
    // cannot cross into another process.
    interrupts: false,
    replaceAfterEachRun: options.freshRunnerPerRun ?? false,
    spawn: () => deferredRunner(start()),
  });
}

export type { WorkerRuntime } from "../runtime-client";
