// What an instructor sees of one classroom: each learner's progress by
// lesson and by exercise (status, attempts, best result, first pass, last
// attempt), class completion, the hidden tests that fail most often, and a
// CSV of it all. Only the classroom's owner gets any of it.
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "./errors";
import { requireOwnedClassroom } from "./classroom-service";

export interface ExerciseColumn {
  slug: string;
  title: string;
  lessonSlug: string | null;
  lessonTitle: string | null;
}

export interface LessonGroup {
  /** null for exercises no lesson lists. */
  slug: string | null;
  title: string;
  exercises: ExerciseColumn[];
}

/**
 * - passed: a submission passed every hidden check
 * - attempted: submitted, never passed
 * - started: code saved, never submitted
 * - not-started: nothing yet
 */
export type CellStatus = "not-started" | "started" | "attempted" | "passed";

export interface GridCell {
  status: CellStatus;
  attempts: number;
  /** Best submission: hidden checks passed out of total. */
  bestPassed: number;
  bestTotal: number;
  firstPassedAt: string | null;
  lastAttemptAt: string | null;
}

export interface LearnerRow {
  id: string;
  name: string;
  email: string;
  passed: number;
  completion: number;
  cells: Record<string, GridCell>;
}

export interface Dashboard {
  classroom: { id: string; name: string; joinCode: string; strictMode: boolean };
  lessons: LessonGroup[];
  exercises: ExerciseColumn[];
  learners: LearnerRow[];
  /** Percentage of (learner, exercise) pairs passed. */
  completion: number;
  failingTests: { exerciseSlug: string; testId: string; failures: number }[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export const EMPTY_CELL: GridCell = { status: "not-started", attempts: 0, bestPassed: 0, bestTotal: 0, firstPassedAt: null, lastAttemptAt: null };

/** Exercises grouped by lesson, in the order given (the course's teaching order). */
export function groupByLesson(exercises: readonly ExerciseColumn[]): LessonGroup[] {
  const groups: LessonGroup[] = [];
  for (const exercise of exercises) {
    let group = groups.find((g) => g.slug === exercise.lessonSlug);
    if (!group) {
      group = { slug: exercise.lessonSlug, title: exercise.lessonTitle ?? "Not in a lesson", exercises: [] };
      groups.push(group);
    }
    group.exercises.push(exercise);
  }
  return groups;
}

/** One cell per (learner, exercise) from progress rows and the time of each pair's last submission. */
export async function progressCells(db: Db, userIds: string[], slugs: string[]): Promise<Map<string, Record<string, GridCell>>> {
  const [progress, lastSubmissions] = await Promise.all([
    db.progress.findMany({ where: { userId: { in: userIds }, exerciseSlug: { in: slugs } } }),
    db.submission.groupBy({ by: ["userId", "exerciseSlug"], where: { userId: { in: userIds }, exerciseSlug: { in: slugs } }, _max: { createdAt: true } }),
  ]);
  const lastAttempt = new Map(lastSubmissions.map((row) => [`${row.userId}\u0000${row.exerciseSlug}`, row._max.createdAt]));
  const cells = new Map<string, Record<string, GridCell>>();
  for (const userId of userIds) cells.set(userId, Object.fromEntries(slugs.map((slug) => [slug, EMPTY_CELL])));
  for (const row of progress) {
    const passed = row.status === "passed";
    cells.get(row.userId)![row.exerciseSlug] = {
      status: passed ? "passed" : row.attempts > 0 ? "attempted" : "started",
      attempts: row.attempts,
      bestPassed: row.bestPassed,
      bestTotal: row.bestTotal,
      firstPassedAt: row.firstPassedAt?.toISOString() ?? null,
      lastAttemptAt: lastAttempt.get(`${row.userId}\u0000${row.exerciseSlug}`)?.toISOString() ?? null,
    };
  }
  return cells;
}

export async function getDashboard(db: Db, ownerId: string, classroomId: string, exercises: ExerciseColumn[]): Promise<Dashboard> {
  const classroom = await requireOwnedClassroom(db, ownerId, classroomId);
  const members = await db.classroomMember.findMany({
    where: { classroomId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { joinedAt: "asc" },
  });
  const userIds = members.map((m) => m.userId);
  const slugs = exercises.map((e) => e.slug);
  const cells = await progressCells(db, userIds, slugs);

  const learners: LearnerRow[] = members
    .map(({ user }) => {
      const own = cells.get(user.id)!;
      const passed = Object.values(own).filter((c) => c.status === "passed").length;
      return { id: user.id, name: user.name, email: user.email, passed, completion: percent(passed, slugs.length), cells: own };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));

  const failures = new Map<string, { exerciseSlug: string; testId: string; failures: number }>();
  const submissions = await db.submission.findMany({ where: { userId: { in: userIds }, exerciseSlug: { in: slugs }, passed: false }, select: { exerciseSlug: true, failedTests: true } });
  for (const submission of submissions) {
    for (const testId of JSON.parse(submission.failedTests) as string[]) {
      const key = `${submission.exerciseSlug}\u0000${testId}`;
      const entry = failures.get(key) ?? { exerciseSlug: submission.exerciseSlug, testId, failures: 0 };
      entry.failures += 1;
      failures.set(key, entry);
    }
  }

  const totalPassed = learners.reduce((sum, l) => sum + l.passed, 0);
  return {
    classroom: { id: classroom.id, name: classroom.name, joinCode: classroom.joinCode, strictMode: classroom.strictMode },
    lessons: groupByLesson(exercises),
    exercises,
    learners,
    completion: percent(totalPassed, learners.length * slugs.length),
    failingTests: [...failures.values()].sort((a, b) => b.failures - a.failures || a.testId.localeCompare(b.testId)).slice(0, 10),
  };
}

/** Exercises of a lesson passed by one learner. */
export function lessonProgress(learner: Pick<LearnerRow, "cells">, lesson: LessonGroup): { done: number; total: number; attempted: boolean } {
  const cells = lesson.exercises.map((e) => learner.cells[e.slug] ?? EMPTY_CELL);
  return { done: cells.filter((c) => c.status === "passed").length, total: cells.length, attempted: cells.some((c) => c.status !== "not-started") };
}

/** A learner's latest code for one exercise, for the owner of a classroom they are in. */
export async function learnerCode(db: Db, ownerId: string, classroomId: string, learnerId: string, exerciseSlug: string): Promise<Record<string, string> | null> {
  await requireOwnedClassroom(db, ownerId, classroomId);
  const member = await db.classroomMember.findUnique({ where: { classroomId_userId: { classroomId, userId: learnerId } } });
  if (!member) throw new NotFoundError("This learner is not in the classroom.");
  const row = await db.progress.findUnique({ where: { userId_exerciseSlug: { userId: learnerId, exerciseSlug } }, select: { lastCode: true } });
  return row?.lastCode ? (JSON.parse(row.lastCode) as Record<string, string>) : null;
}

function csvField(value: string | number): string {
  const text = String(value);
  // Quote when needed; a leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = ["learner", "email", "lesson", "exercise", "exercise title", "status", "attempts", "best checks passed", "checks", "first passed", "last attempt"];

/**
 * One row per learner and exercise (the shape spreadsheets and pivot tables
 * read best), in teaching order; times in ISO 8601 (UTC), empty when never.
 */
export function dashboardCsv(dashboard: Dashboard): string {
  const rows = dashboard.learners.flatMap((learner) =>
    dashboard.exercises.map((exercise) => {
      const cell = learner.cells[exercise.slug] ?? EMPTY_CELL;
      return [
        learner.name,
        learner.email,
        exercise.lessonTitle ?? "",
        exercise.slug,
        exercise.title,
        cell.status.replace("-", " "),
        cell.attempts,
        cell.attempts > 0 ? cell.bestPassed : "",
        cell.attempts > 0 ? cell.bestTotal : "",
        cell.firstPassedAt ?? "",
        cell.lastAttemptAt ?? "",
      ];
    }),
  );
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
