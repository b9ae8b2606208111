// Server-side verification: the server re-runs an exercise's hidden tests on
// the submitted code, in its own Python runtime, before anything is recorded.
// Nothing the browser says about its own verdict is read.
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { loadGradableExercise } from "@/lib/exercises/hidden-tests";
import { createNodeRuntime } from "@/lib/python-runtime/node/index";
import { recordAttempt, type ProgressEntry } from "@/lib/progress/progress-store";
import { gradeSubmission } from "./grade";
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
    createRuntime: () => createNodeRuntime(),
  });
  return globalForPool.coursePool;
}

export async function verifyAndRecord(db: Db, pool: RuntimePool, userId: string, slug: string, files: Record<string, string>): Promise<VerifiedSubmission> {
  const exercise = await loadGradableExercise(slug);
  const result = await pool.run((runtime) => gradeSubmission(runtime, exercise, files));
  const { counts } = result.feedback;
  const failedTests = result.feedback.checks.filter((c) => c.outcome !== "passed" && c.outcome !== "skipped").map((c) => c.id);
  const progress = await recordAttempt(db, userId, slug, { passed: result.passed, testsPassed: counts.passed, testsTotal: counts.total, files });
  await db.submission.create({
    data: { userId, exerciseSlug: slug, passed: result.passed, testsPassed: counts.passed, testsTotal: counts.total, failedTests: JSON.stringify(failedTests) },
  });
  return { passed: result.passed, feedback: result.feedback, progress };
}
