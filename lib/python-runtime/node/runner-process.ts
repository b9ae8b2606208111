// The server's side of one sandboxed Python runner process: starts it with
// the command from ./sandbox-command.mjs, speaks frames (./frames.mjs) over
// its stdin and stdout, and checks everything it says. A runner that sends
// something malformed, too big or out of turn is killed; the runtime client
// then sees it die and replaces it.
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import type { HostMessage, WorkerChannel, WorkerMessage } from "../protocol";
import { FRAME_BINARY, FRAME_JSON, createFrameReader, jsonFrame } from "./frames.mjs";
import { parseRunnerMessage } from "./runner-messages";
import { runnerCommand, type RunnerSpec } from "./sandbox-command.mjs";
import { dropSnapshot, writeSnapshot } from "./snapshot-files.mjs";

/** Largest JSON frame a runner may send (results are capped far below this). */
const MAX_RUNNER_FRAME = 16 * 2 ** 20;
/** Largest interpreter copy accepted (a fresh one is about 44 MB). */
const MAX_SNAPSHOT_BYTES = 512 * 2 ** 20;
/** How much of the runner's stderr is kept to explain a crash. */
const STDERR_TAIL_BYTES = 4096;

export interface RunnerProcessOptions {
  spec: RunnerSpec;
  /** Where the server keeps interpreter copies; the runner reads them through a read-only bind. */
  snapshotDir: string | null;
  /** An empty folder to start in when the runner is not in a sandbox of its own. */
  workDir: string;
}

export function spawnRunner(options: RunnerProcessOptions): WorkerChannel {
  const { command, args, seccomp } = runnerCommand(options.spec);
  // Both are bound into the sandbox read-only; the runner's user must be able to enter them.
  for (const dir of [options.snapshotDir, options.workDir]) {
    if (!dir) continue;
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
  }
  const child = spawn(command, args, {
    cwd: options.workDir,
    env: {} as NodeJS.ProcessEnv,
    stdio: ["pipe", "pipe", "pipe", seccomp ? "pipe" : "ignore"],
  });
  // A killed runner's pipes report ECONNRESET or EPIPE; an unhandled stream
  // error would take the whole server down. The exit handler reports the death.
  for (const stream of child.stdio) (stream as NodeJS.EventEmitter | null)?.on("error", () => {});
  if (seccomp) (child.stdio[3] as NodeJS.WritableStream).end(seccomp);
  // An exited runner must not keep the server's event loop alive, and a
  // runner that stops reading must not make the server buffer without end.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();

  const listeners: ((message: WorkerMessage) => void)[] = [];
  const errorListeners: ((error: Error) => void)[] = [];
  let stderrTail = "";
  let ended = false;
  let runSent = false;
  let pendingSnapshot: { key: string; size: number } | null = null;

  const fail = (reason: string) => {
    if (ended) return;
    ended = true;
    child.kill("SIGKILL");
    const detail = stderrTail.trim().split("\n").slice(-3).join(" | ");
    const error = new Error(detail ? `${reason}: ${detail}` : reason);
    for (const listener of errorListeners) listener(error);
  };

  const onFrame = (kind: number, payload: Buffer) => {
    if (kind === FRAME_BINARY) {
      const expected = pendingSnapshot;
      pendingSnapshot = null;
      if (!expected || payload.length !== expected.size) return fail("the Python runner sent data it was not asked for");
      if (options.snapshotDir) void writeSnapshot(options.snapshotDir, expected.key, payload).catch(() => {});
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(payload.toString("utf8"));
    } catch {
      return fail("the Python runner sent a message that is not JSON");
    }
    const parsed = parseRunnerMessage(value);
    if (!parsed) return fail("the Python runner sent a message of an unknown shape");
    if (parsed.kind === "snapshot") {
      // Only a runner that has not yet been given anything to run may touch
      // the copies later runners start from.
      if (runSent || pendingSnapshot) return fail("the Python runner offered an interpreter copy after it started running code");
      if (parsed.message.type === "snapshot-drop") {
        if (options.snapshotDir) void dropSnapshot(options.snapshotDir, parsed.message.key).catch(() => {});
      } else if (parsed.message.size > MAX_SNAPSHOT_BYTES) {
        return fail("the Python runner offered an interpreter copy that is too big");
      } else {
        pendingSnapshot = { key: parsed.message.key, size: parsed.message.size };
      }
      return;
    }
    for (const listener of listeners) listener(parsed.message);
  };

  const push = createFrameReader({
    limitFor: (kind) => (kind === FRAME_JSON ? MAX_RUNNER_FRAME : pendingSnapshot ? pendingSnapshot.size : -1),
    onFrame,
    onError: (message) => fail(`the Python runner broke its channel (${message})`),
  });
  child.stdout?.on("data", (chunk: Buffer) => push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString("utf8")).slice(-STDERR_TAIL_BYTES);
  });
  child.on("error", (error) => fail(`the Python runner could not start (${error.message})`));
  child.on("exit", (code, signal) => fail(`the Python runner exited (${signal ?? `code ${code}`})`));

  return {
    post: (message: HostMessage) => {
      if (ended) return;
      if (message.type === "run") runSent = true;
      child.stdin?.write(jsonFrame(message));
    },
    onMessage: (listener) => listeners.push(listener),
    onError: (listener) => errorListeners.push(listener),
    terminate: () => {
      ended = true;
      child.kill("SIGKILL");
    },
  };
}
