// Server-side verification: the server re-runs an exercise's hidden tests on
// the submitted code, in its own Python runtime, before anything is recorded.
// Nothing the browser says about its own verdict is read.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { loadGradableExercise } from "@/lib/exercises/hidden-tests";
import { createNodeRuntime, nodeRuntimeIsolation, unsandboxedRunnersAllowed } from "@/lib/python-runtime/node/index";
import { recordSubmission, type ProgressEntry } from "@/lib/progress/progress-store";
import { gradeSubmission } from "./grade";
import { mistakeTable } from "./known-mistakes";
import type { Feedback } from "./feedback";
import { RuntimePool } from "./runtime-pool";

export const submissionSchema = z.object({
  files: z
    .record(z.string().min(1).max(120), z.string().max(100_000, "files: each file must be under 100 kB"))
    .refine((files) => Object.keys(files).length > 0, "files: at least one file")
    .refine((files) => Object.keys(files).length <= 20, "files: at most 20 files"),
});

export interface VerifiedSubmission {
  passed: boolean;
  feedback: Feedback;
  progress: ProgressEntry;
}

const numberFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const globalForPool = globalThis as unknown as { coursePool?: RuntimePool };

/** One pool per server process, created on first use. */
export function gradingPool(): RuntimePool {
  globalForPool.coursePool ??= new RuntimePool({
    size: numberFromEnv("GRADER_POOL_SIZE", 2),
    maxQueue: numberFromEnv("GRADER_QUEUE_LIMIT", 50),
    queueTimeoutMs: numberFromEnv("GRADER_QUEUE_TIMEOUT_MS", 30_000),
    // Learners must never share an interpreter: every submission gets a
    // runner process of its own (the next one starts while this one grades).
    // GRADER_RUNNER_PER_SUBMISSION=0 shares runners, for the benchmark only.
    createRuntime: () =>
      createNodeRuntime({
        freshRunnerPerRun: process.env.GRADER_RUNNER_PER_SUBMISSION !== "0",
        isolation: unsandboxedRunnersAllowed() ? "process" : "sandbox",
      }),
  });
  return globalForPool.coursePool;
}

export interface ServerGradingStatus {
  /** "sandbox": runners are isolated by the operating system; "process": only by being separate processes. */
  isolation: "sandbox" | "process";
  enabled: boolean;
  /** Why the sandbox is missing, and what grading does about it. */
  warning?: string;
}

/** Whether this server grades submissions itself, and how its runners are isolated. */
export async function serverGradingStatus(): Promise<ServerGradingStatus> {
  const status = await nodeRuntimeIsolation();
  if (status.level === "sandbox") return { isolation: "sandbox", enabled: true };
  const allowed = unsandboxedRunnersAllowed();
  return {
    isolation: "process",
    enabled: allowed,
    warning: allowed
      ? `Python runners are NOT sandboxed (${status.problem}); ALLOW_UNSANDBOXED_RUNNERS=1 accepts that learner code can reach this host's network.`
      : `Server-side grading is off: no operating-system sandbox for Python runners (${status.problem}). Install bubblewrap on a kernel with user namespaces, or set ALLOW_UNSANDBOXED_RUNNERS=1 to accept the risk.`,
  };
}

const UNAVAILABLE = Symbol.for("course.grading.GradingUnavailableError");

export class GradingUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;
  constructor(message: string) {
    super(message);
    this.name = "GradingUnavailableError";
  }
}

export function isGradingUnavailable(error: unknown): error is GradingUnavailableError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[UNAVAILABLE] === true;
}

/**
 * Grades and records one submission. The runtime is held until the verdict is
 * recorded, so a draining pool (SIGTERM) waits for the whole submission, not
 * only its grading.
 */
export async function verifyAndRecord(db: Db, pool: RuntimePool, userId: string, slug: string, files: Record<string, string>): Promise<VerifiedSubmission> {
  const status = await serverGradingStatus();
  if (!status.enabled) throw new GradingUnavailableError(status.warning ?? "Server-side grading is off.");
  const exercise = await loadGradableExercise(slug);
  return pool.run(async (runtime) => {
    const result = await gradeSubmission(runtime, { ...exercise, mistakes: mistakeTable(exercise) }, files);
    const { counts } = result.feedback;
    const failedTests = result.feedback.checks.filter((c) => c.outcome !== "passed" && c.outcome !== "skipped").map((c) => c.id);
    const progress = await recordSubmission(db, userId, slug, { passed: result.passed, testsPassed: counts.passed, testsTotal: counts.total, files, failedTests });
    return { passed: result.passed, feedback: result.feedback, progress };
  });
}
