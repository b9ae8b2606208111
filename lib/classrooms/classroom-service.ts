// Classrooms: an instructor (the owner) creates one and shares its join code;
// learners join and leave. Every function takes the acting user's id and
// checks what that user may see or change: routes never bypass this module.
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { ForbiddenError, InputError, NotFoundError } from "./errors";
import { generateJoinCode, normalizeJoinCode } from "./join-code";

export const classroomInputSchema = z.object({
  name: z.string().trim().min(3, "name: at least 3 characters").max(80, "name: at most 80 characters"),
  strictMode: z.boolean().default(false),
  deadlines: z
    .array(z.object({ lessonSlug: z.string().regex(/^[a-z0-9-]+$/, "deadlines: lesson slug expected"), dueAt: z.coerce.date() }))
    .max(100)
    .default([]),
});
export type ClassroomInput = z.input<typeof classroomInputSchema>;

export interface ClassroomSummary {
  id: string;
  name: string;
  joinCode: string;
  strictMode: boolean;
  learners: number;
  deadlines: { lessonSlug: string; dueAt: string }[];
}

function parseInput(input: unknown) {
  const parsed = classroomInputSchema.safeParse(input);
  if (!parsed.success) throw new InputError(parsed.error.issues[0].message);
  return parsed.data;
}

export async function createClassroom(db: Db, ownerId: string, input: unknown): Promise<ClassroomSummary> {
  const data = parseInput(input);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const classroom = await db.classroom.create({
        data: {
          name: data.name,
          strictMode: data.strictMode,
          ownerId,
          joinCode: generateJoinCode(),
          deadlines: { create: data.deadlines.map((d) => ({ lessonSlug: d.lessonSlug, dueAt: d.dueAt })) },
        },
        include: { deadlines: true, _count: { select: { members: true } } },
      });
      return summarize(classroom);
    } catch (error) {
      // A join-code collision is retried with a new code; anything else is real.
      if (!/Unique constraint/i.test(String((error as Error).message)) || !/joinCode/i.test(String((error as Error).message))) throw error;
    }
  }
  throw new Error("could not find a free join code");
}

function summarize(c: { id: string; name: string; joinCode: string; strictMode: boolean; deadlines: { lessonSlug: string; dueAt: Date }[]; _count: { members: number } }): ClassroomSummary {
  return {
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    strictMode: c.strictMode,
    learners: c._count.members,
    deadlines: c.deadlines.map((d) => ({ lessonSlug: d.lessonSlug, dueAt: d.dueAt.toISOString() })).sort((a, b) => a.lessonSlug.localeCompare(b.lessonSlug)),
  };
}

/** The classroom if `userId` owns it; otherwise NotFound, so others cannot probe ids. */
export async function requireOwnedClassroom(db: Db, userId: string, classroomId: string) {
  const classroom = await db.classroom.findUnique({ where: { id: classroomId } });
  if (!classroom || classroom.ownerId !== userId) throw new NotFoundError("No such classroom among yours.");
  return classroom;
}

export async function updateClassroom(db: Db, ownerId: string, classroomId: string, input: unknown): Promise<ClassroomSummary> {
  await requireOwnedClassroom(db, ownerId, classroomId);
  const data = parseInput(input);
  const classroom = await db.classroom.update({
    where: { id: classroomId },
    data: {
      name: data.name,
      strictMode: data.strictMode,
      deadlines: { deleteMany: {}, create: data.deadlines.map((d) => ({ lessonSlug: d.lessonSlug, dueAt: d.dueAt })) },
    },
    include: { deadlines: true, _count: { select: { members: true } } },
  });
  return summarize(classroom);
}

export async function listOwnedClassrooms(db: Db, ownerId: string): Promise<ClassroomSummary[]> {
  const rows = await db.classroom.findMany({
    where: { ownerId },
    include: { deadlines: true, _count: { select: { members: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(summarize);
}

export interface Membership {
  classroomId: string;
  name: string;
  strictMode: boolean;
  joinedAt: string;
  deadlines: { lessonSlug: string; dueAt: string }[];
}

export async function listMemberships(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db.classroomMember.findMany({ where: { userId }, include: { classroom: { include: { deadlines: true } } }, orderBy: { joinedAt: "asc" } });
  return rows.map((m) => ({
    classroomId: m.classroomId,
    name: m.classroom.name,
    strictMode: m.classroom.strictMode,
    joinedAt: m.joinedAt.toISOString(),
    deadlines: m.classroom.deadlines.map((d) => ({ lessonSlug: d.lessonSlug, dueAt: d.dueAt.toISOString() })),
  }));
}

/** Joins by code; joining twice is harmless. Returns the classroom's id and name. */
export async function joinClassroom(db: Db, userId: string, rawCode: string): Promise<{ classroomId: string; name: string }> {
  const joinCode = normalizeJoinCode(rawCode);
  if (!joinCode) throw new InputError("A join code has 8 letters and digits, for example K7M2-QX9P.");
  const classroom = await db.classroom.findUnique({ where: { joinCode } });
  if (!classroom) throw new NotFoundError("No classroom has this join code. Check it with your instructor.");
  if (classroom.ownerId === userId) throw new InputError("You teach this classroom, so you cannot join it as a learner.");
  await db.classroomMember.upsert({
    where: { classroomId_userId: { classroomId: classroom.id, userId } },
    create: { classroomId: classroom.id, userId },
    update: {},
  });
  return { classroomId: classroom.id, name: classroom.name };
}

export async function leaveClassroom(db: Db, userId: string, classroomId: string): Promise<void> {
  const { count } = await db.classroomMember.deleteMany({ where: { classroomId, userId } });
  if (count === 0) throw new NotFoundError("You are not in this classroom.");
}

export async function removeLearner(db: Db, ownerId: string, classroomId: string, learnerId: string): Promise<void> {
  await requireOwnedClassroom(db, ownerId, classroomId);
  const { count } = await db.classroomMember.deleteMany({ where: { classroomId, userId: learnerId } });
  if (count === 0) throw new NotFoundError("This learner is not in the classroom.");
}

/** Strict grading applies when any of the learner's classrooms asks for it. */
export async function isStrictFor(db: Db, userId: string): Promise<boolean> {
  return (await db.classroomMember.count({ where: { userId, classroom: { strictMode: true } } })) > 0;
}

export { ForbiddenError };
