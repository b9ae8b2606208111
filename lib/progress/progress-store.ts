// Per-learner, per-exercise progress in the database. Every write is an
// upsert on (userId, exerciseSlug), so concurrent submissions from one
// learner never create a second row.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";

type Tx = Prisma.TransactionClient;

export type SourceFiles = Record<string, string>;

export interface ProgressEntry {
  exerciseSlug: string;
  status: "started" | "passed";
  attempts: number;
  bestPassed: number;
  bestTotal: number;
  firstPassedAt: string | null;
  updatedAt: string;
}

export interface GradedAttempt {
  passed: boolean;
  /** Hidden tests passed and run in this attempt. */
  testsPassed: number;
  testsTotal: number;
  files: SourceFiles;
}

function toEntry(row: { exerciseSlug: string; status: string; attempts: number; bestPassed: number; bestTotal: number; firstPassedAt: Date | null; updatedAt: Date }): ProgressEntry {
  return {
    exerciseSlug: row.exerciseSlug,
    status: row.status === "passed" ? "passed" : "started",
    attempts: row.attempts,
    bestPassed: row.bestPassed,
    bestTotal: row.bestTotal,
    firstPassedAt: row.firstPassedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Records one server-graded submission. */
export async function recordAttempt(db: Db, userId: string, exerciseSlug: string, attempt: GradedAttempt): Promise<ProgressEntry> {
  return db.$transaction((tx) => upsertAttempt(tx, userId, exerciseSlug, attempt));
}

export interface GradedSubmission extends GradedAttempt {
  /** pytest ids of the hidden tests that failed. */
  failedTests: string[];
}

/**
 * Records a server-graded submission: the learner's progress row and the
 * submission row for instructors' statistics, together or not at all, so an
 * instance that stops halfway leaves no attempt without its submission.
 */
export async function recordSubmission(db: Db, userId: string, exerciseSlug: string, submission: GradedSubmission): Promise<ProgressEntry> {
  return db.$transaction(async (tx) => {
    const entry = await upsertAttempt(tx, userId, exerciseSlug, submission);
    await tx.submission.create({
      data: {
        userId,
        exerciseSlug,
        passed: submission.passed,
        testsPassed: submission.testsPassed,
        testsTotal: submission.testsTotal,
        failedTests: JSON.stringify(submission.failedTests),
      },
    });
    return entry;
  });
}

async function upsertAttempt(tx: Tx, userId: string, exerciseSlug: string, attempt: GradedAttempt): Promise<ProgressEntry> {
  const now = new Date();
  const code = JSON.stringify(attempt.files);
  const existing = await tx.progress.findUnique({ where: { userId_exerciseSlug: { userId, exerciseSlug } } });
  const better = !existing || attempt.testsPassed > existing.bestPassed || (attempt.testsPassed === existing.bestPassed && attempt.testsTotal !== existing.bestTotal);
  const passedNow = attempt.passed && existing?.status !== "passed";
  const row = await tx.progress.upsert({
    where: { userId_exerciseSlug: { userId, exerciseSlug } },
    create: {
      userId,
      exerciseSlug,
      status: attempt.passed ? "passed" : "started",
      attempts: 1,
      bestPassed: attempt.testsPassed,
      bestTotal: attempt.testsTotal,
      lastCode: code,
      firstPassedAt: attempt.passed ? now : null,
    },
    update: {
      attempts: { increment: 1 },
      lastCode: code,
      ...(passedNow ? { status: "passed", firstPassedAt: now } : {}),
      ...(better ? { bestPassed: attempt.testsPassed, bestTotal: attempt.testsTotal } : {}),
    },
  });
  return toEntry(row);
}

/** Autosave: keeps the learner's latest code without counting an attempt. */
export async function saveCode(db: Db, userId: string, exerciseSlug: string, files: SourceFiles): Promise<void> {
  const code = JSON.stringify(files);
  await db.progress.upsert({
    where: { userId_exerciseSlug: { userId, exerciseSlug } },
    create: { userId, exerciseSlug, lastCode: code },
    update: { lastCode: code },
  });
}

export async function listProgress(db: Db, userId: string): Promise<ProgressEntry[]> {
  const rows = await db.progress.findMany({ where: { userId }, orderBy: { exerciseSlug: "asc" } });
  return rows.map(toEntry);
}

export async function lastCode(db: Db, userId: string, exerciseSlug: string): Promise<SourceFiles | null> {
  const row = await db.progress.findUnique({ where: { userId_exerciseSlug: { userId, exerciseSlug } }, select: { lastCode: true } });
  return row?.lastCode ? (JSON.parse(row.lastCode) as SourceFiles) : null;
}

export interface LocalProgressItem {
  exerciseSlug: string;
  /** Code the learner had in this browser. */
  files?: SourceFiles;
}

/**
 * Merges what a learner did before signing in. A browser's claim of "passed"
 * is not trusted (it was never verified by the server): only code is kept,
 * and only where the account has none yet.
 */
export async function mergeLocalProgress(db: Db, userId: string, items: LocalProgressItem[], knownSlugs: ReadonlySet<string>): Promise<number> {
  let merged = 0;
  for (const item of items) {
    if (!knownSlugs.has(item.exerciseSlug) || !item.files) continue;
    const existing = await db.progress.findUnique({ where: { userId_exerciseSlug: { userId, exerciseSlug: item.exerciseSlug } } });
    if (existing?.lastCode) continue;
    await saveCode(db, userId, item.exerciseSlug, item.files);
    merged += 1;
  }
  return merged;
}
