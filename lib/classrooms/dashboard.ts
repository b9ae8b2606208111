// What an instructor sees of one classroom: a roster-by-exercise grid,
// completion, the hidden tests that fail most often, and each learner's
// latest code. Only the classroom's owner gets any of it.
import type { Db } from "@/lib/db/client";
import { NotFoundError } from "./errors";
import { requireOwnedClassroom } from "./classroom-service";

export interface ExerciseColumn {
  slug: string;
  title: string;
}

export interface GridCell {
  status: "not-started" | "started" | "passed";
  attempts: number;
  bestPassed: number;
  bestTotal: number;
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
  exercises: ExerciseColumn[];
  learners: LearnerRow[];
  /** Percentage of (learner, exercise) pairs passed. */
  completion: number;
  failingTests: { exerciseSlug: string; testId: string; failures: number }[];
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

export async function getDashboard(db: Db, ownerId: string, classroomId: string, exercises: ExerciseColumn[]): Promise<Dashboard> {
  const classroom = await requireOwnedClassroom(db, ownerId, classroomId);
  const members = await db.classroomMember.findMany({
    where: { classroomId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { joinedAt: "asc" },
  });
  const userIds = members.map((m) => m.userId);
  const slugs = exercises.map((e) => e.slug);
  const progress = await db.progress.findMany({ where: { userId: { in: userIds }, exerciseSlug: { in: slugs } } });
  const byUser = new Map<string, typeof progress>();
  for (const row of progress) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);

  const learners: LearnerRow[] = members.map(({ user }) => {
    const cells: Record<string, GridCell> = {};
    for (const slug of slugs) cells[slug] = { status: "not-started", attempts: 0, bestPassed: 0, bestTotal: 0 };
    for (const row of byUser.get(user.id) ?? []) {
      cells[row.exerciseSlug] = { status: row.status === "passed" ? "passed" : "started", attempts: row.attempts, bestPassed: row.bestPassed, bestTotal: row.bestTotal };
    }
    const passed = Object.values(cells).filter((c) => c.status === "passed").length;
    return { id: user.id, name: user.name, email: user.email, passed, completion: percent(passed, slugs.length), cells };
  });

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
    exercises,
    learners,
    completion: percent(totalPassed, learners.length * slugs.length),
    failingTests: [...failures.values()].sort((a, b) => b.failures - a.failures || a.testId.localeCompare(b.testId)).slice(0, 10),
  };
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

export function dashboardCsv(dashboard: Dashboard): string {
  const header = ["learner", "email", "completion %", ...dashboard.exercises.map((e) => e.slug)];
  const rows = dashboard.learners.map((l) => [
    l.name,
    l.email,
    l.completion,
    ...dashboard.exercises.map((e) => {
      const cell = l.cells[e.slug];
      return cell.status === "passed" ? "passed" : cell.status === "started" ? `started (${cell.bestPassed}/${cell.bestTotal}, ${cell.attempts} attempts)` : "";
    }),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
