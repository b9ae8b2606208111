// One learner of a classroom, for its owner: who they are, where they are
// in every exercise, and for one exercise every graded submission with the
// result of each hidden check, plus the code they last saved.
import type { Db } from "@/lib/db/client";
import { checkTitle, checkVariant } from "@/lib/grading/feedback";
import { parseTests, testIdMatches } from "@/lib/exercises/python-tests";
import type { SourceFiles } from "@/lib/python-runtime/types";
import { requireOwnedClassroom } from "./classroom-service";
import { EMPTY_CELL, progressCells, type GridCell } from "./dashboard";
import { NotFoundError } from "./errors";

export interface ClassroomLearner {
  id: string;
  name: string;
  email: string;
  joinedAt: string;
}

async function requireMember(db: Db, ownerId: string, classroomId: string, learnerId: string) {
  const classroom = await requireOwnedClassroom(db, ownerId, classroomId);
  const member = await db.classroomMember.findUnique({
    where: { classroomId_userId: { classroomId, userId: learnerId } },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!member) throw new NotFoundError("This learner is not in the classroom.");
  const learner: ClassroomLearner = { ...member.user, joinedAt: member.joinedAt.toISOString() };
  return { classroom: { id: classroom.id, name: classroom.name }, learner };
}

export interface LearnerOverview {
  classroom: { id: string; name: string };
  learner: ClassroomLearner;
  cells: Record<string, GridCell>;
}

export async function learnerOverview(db: Db, ownerId: string, classroomId: string, learnerId: string, slugs: string[]): Promise<LearnerOverview> {
  const { classroom, learner } = await requireMember(db, ownerId, classroomId, learnerId);
  const cells = (await progressCells(db, [learnerId], slugs)).get(learnerId) ?? {};
  return { classroom, learner, cells };
}

export interface SubmissionRecord {
  id: string;
  /** Its place among all of the learner's submissions of the exercise, 1 for the first. */
  number: number;
  at: string;
  passed: boolean;
  testsPassed: number;
  testsTotal: number;
  /** pytest ids of the checks that did not pass. */
  failedTests: string[];
}

export interface LearnerExercise {
  classroom: { id: string; name: string };
  learner: ClassroomLearner;
  cell: GridCell;
  /** Newest first. */
  submissions: SubmissionRecord[];
  code: SourceFiles | null;
}

export async function learnerExercise(db: Db, ownerId: string, classroomId: string, learnerId: string, slug: string): Promise<LearnerExercise> {
  const { classroom, learner } = await requireMember(db, ownerId, classroomId, learnerId);
  const mine = { userId: learnerId, exerciseSlug: slug };
  const [cells, rows, total, progress] = await Promise.all([
    progressCells(db, [learnerId], [slug]),
    db.submission.findMany({ where: mine, orderBy: { createdAt: "desc" }, take: 100 }),
    // The page lists the newest 100; numbers count every submission.
    db.submission.count({ where: mine }),
    db.progress.findUnique({ where: { userId_exerciseSlug: { userId: learnerId, exerciseSlug: slug } }, select: { lastCode: true } }),
  ]);
  return {
    classroom,
    learner,
    cell: cells.get(learnerId)?.[slug] ?? EMPTY_CELL,
    submissions: rows.map((row, index) => ({
      id: row.id,
      number: total - index,
      at: row.createdAt.toISOString(),
      passed: row.passed,
      testsPassed: row.testsPassed,
      testsTotal: row.testsTotal,
      failedTests: parseFailedTests(row.failedTests),
    })),
    code: progress?.lastCode ? (JSON.parse(progress.lastCode) as SourceFiles) : null,
  };
}

function parseFailedTests(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export interface HiddenCheck {
  /** Base id, `test_hidden.py::test_create`. */
  id: string;
  /** The docstring's first paragraph, as learners read it. */
  title: string;
}

/** The hidden checks of an exercise, from its test files, in file order. */
export function hiddenChecks(hiddenTests: SourceFiles): HiddenCheck[] {
  return Object.entries(hiddenTests)
    .filter(([file]) => /(^|\/)test_\w*\.py$|_test\.py$/.test(file))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, source]) => parseTests(file, source))
    .map((test) => ({ id: test.id, title: checkTitle({ id: test.id, name: test.id, description: test.docstring }) }));
}

export type CheckOutcome = "passed" | "failed" | "not-graded";

export interface CheckResult extends HiddenCheck {
  outcome: CheckOutcome;
  /** For a check run once per framework: the ones that failed, e.g. ["Flask"]. */
  failedVariants: string[];
}

/**
 * Each hidden check's result in one submission. A submission stores the ids
 * of the checks that did not pass; the others passed, unless no check ran
 * at all (the code did not load), which is "not graded".
 */
export function checkResults(checks: readonly HiddenCheck[], submission: Pick<SubmissionRecord, "passed" | "testsTotal" | "failedTests">): CheckResult[] {
  const ran = submission.passed || submission.testsTotal > 0;
  return checks.map((check) => {
    if (!ran) return { ...check, outcome: "not-graded", failedVariants: [] };
    const failed = submission.failedTests.filter((id) => testIdMatches(id, check.id));
    const failedVariants = failed.map(checkVariant).filter((variant): variant is string => variant !== null);
    return { ...check, outcome: failed.length > 0 ? "failed" : "passed", failedVariants };
  });
}
