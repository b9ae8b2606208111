// What the server accepts from a Python runner. The runner may be under the
// control of learner code, so every message is checked against these shapes
// before the runtime client sees it; anything else ends the runner.
import { z } from "zod";
import type { WorkerMessage } from "../protocol";

const text = (max: number) => z.string().max(max);
const count = z.number().int().nonnegative();

const pythonError = z.object({
  kind: z.enum(["timeout", "cancelled", "syntax", "import", "recursion", "exit", "memory", "output-limit", "no-app", "exception", "crash"]),
  message: text(20_000),
  type: text(200).optional(),
  file: text(1000).optional(),
  line: count.optional(),
  traceback: z.array(text(20_000)).max(500),
});

const testCase = z.object({
  id: text(2000),
  name: text(2000),
  outcome: z.enum(["passed", "failed", "error", "skipped"]),
  durationMs: z.number().nonnegative(),
  description: text(20_000).nullable(),
  message: text(100_000).nullable(),
  traceback: z.array(text(20_000)).max(500),
  // The harness keeps 16 KiB per test, plus its note and the test's log records.
  output: text(100_000),
});

/** Fields of a runTests result (course_harness._run_tests); other operations send none of them. */
const testReportFields = {
  ok: z.boolean().optional(),
  summary: z.object({ total: count, passed: count, failed: count, errors: count, skipped: count }).optional(),
  tests: z.array(testCase).max(5000).optional(),
  warnings: z.array(text(2000)).max(50).optional(),
};

const harnessResult = z
  .object({
    error: pythonError.nullable(),
    stdout: z.string(),
    stderr: z.string(),
    truncated: z.boolean(),
    durationMs: z.number().nonnegative(),
    ...testReportFields,
  })
  .catchall(z.unknown());

const bootInfo = z.object({
  python: text(100),
  versions: z.record(text(100), text(100)),
  pydanticCore: z.enum(["pure", "native"]).optional(),
  warmUpMs: z.number().nonnegative().optional(),
  bootMs: z.number().nonnegative(),
  snapshot: text(1000).optional(),
  warning: text(1000).optional(),
});

const workerMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("boot-progress"),
    progress: z.object({
      phase: z.enum(["download", "start", "packages", "ready"]),
      loaded: z.number().nonnegative().optional(),
      total: z.number().nonnegative().optional(),
      message: text(1000),
    }),
  }),
  z.object({ type: z.literal("booted"), info: bootInfo, heapBytes: count }),
  z.object({ type: z.literal("boot-failed"), message: text(20_000) }),
  z.object({ type: z.literal("output"), id: count, stream: z.enum(["stdout", "stderr"]), text: z.string() }),
  z.object({ type: z.literal("result"), id: count, result: harnessResult, heapBytes: count }),
  z.object({ type: z.literal("fatal"), id: count, message: text(20_000) }),
]);

const SNAPSHOT_KEY = /^[0-9a-f]{32}$/;

/** Sent while booting only: a copy of the fresh interpreter follows as one binary frame. */
const snapshotMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("snapshot-save"), key: z.string().regex(SNAPSHOT_KEY), size: count }),
  z.object({ type: z.literal("snapshot-drop"), key: z.string().regex(SNAPSHOT_KEY) }),
]);

export type SnapshotMessage = z.infer<typeof snapshotMessage>;

export type RunnerMessage = { kind: "worker"; message: WorkerMessage } | { kind: "snapshot"; message: SnapshotMessage };

/** The message if it has one of the accepted shapes, else null. */
export function parseRunnerMessage(value: unknown): RunnerMessage | null {
  const worker = workerMessage.safeParse(value);
  if (worker.success) return { kind: "worker", message: worker.data as WorkerMessage };
  const snapshot = snapshotMessage.safeParse(value);
  return snapshot.success ? { kind: "snapshot", message: snapshot.data } : null;
}
