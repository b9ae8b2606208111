// Classrooms against both databases, including every forbidden access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { recordAttempt } from "@/lib/progress/progress-store";
import { createTestUser, openTestDb, testDatabases } from "@/tests/unit/test-databases";
import { createClassroom, isStrictFor, joinClassroom, leaveClassroom, listMemberships, listOwnedClassrooms, removeLearner, updateClassroom } from "./classroom-service";
import { dashboardCsv, getDashboard, learnerCode } from "./dashboard";
import { normalizeJoinCode } from "./join-code";

const exercises = [
  { slug: "ex-one", title: "One" },
  { slug: "ex-two", title: "Two" },
];

describe("join codes", () => {
  it("accepts what people type and rejects the rest", () => {
    expect(normalizeJoinCode("k7m2-qx9p")).toBe("K7M2QX9P");
    expect(normalizeJoinCode("K7M2 QX9P")).toBe("K7M2QX9P");
    expect(normalizeJoinCode("K7M2QX9")).toBeNull();
    expect(normalizeJoinCode("K7M2QX9O")).toBeNull();
  });
});

for (const database of testDatabases()) {
  describe.skipIf(!database.url)(`classrooms on ${database.name}${database.url ? "" : ` (skipped: ${database.skipReason})`}`, () => {
    let db: Db;
    let teacher: string;
    let otherTeacher: string;
    let learner: string;
    let outsider: string;
    let classroomId: string;
    let joinCode: string;

    beforeAll(async () => {
      db = await openTestDb(database.url!);
      teacher = await createTestUser(db, "teacher");
      otherTeacher = await createTestUser(db, "other-teacher");
      learner = await createTestUser(db, "learner");
      outsider = await createTestUser(db, "outsider");
    });
    afterAll(async () => db?.$disconnect());

    it("creates a classroom with a join code and deadlines", async () => {
      const classroom = await createClassroom(db, teacher, { name: "Period 3", strictMode: true, deadlines: [{ lessonSlug: "first-flask-app", dueAt: "2027-01-15T12:00:00Z" }] });
      expect(classroom.joinCode).toMatch(/^[2-9A-Z]{8}$/);
      expect(classroom.deadlines).toEqual([{ lessonSlug: "first-flask-app", dueAt: "2027-01-15T12:00:00.000Z" }]);
      classroomId = classroom.id;
      joinCode = classroom.joinCode;
      expect((await listOwnedClassrooms(db, teacher)).map((c) => c.id)).toContain(classroomId);
      expect(await listOwnedClassrooms(db, otherTeacher)).toEqual([]);
    });

    it("rejects a bad classroom name, naming the field", async () => {
      await expect(createClassroom(db, teacher, { name: "x" })).rejects.toThrow(/^name: /);
    });

    it("lets a learner join with the code (twice is harmless) and sees strict mode", async () => {
      const joined = await joinClassroom(db, learner, joinCode.toLowerCase().replace(/(.{4})/, "$1-"));
      expect(joined).toEqual({ classroomId, name: "Period 3" });
      await joinClassroom(db, learner, joinCode);
      expect(await listMemberships(db, learner)).toHaveLength(1);
      expect(await isStrictFor(db, learner)).toBe(true);
      expect(await isStrictFor(db, outsider)).toBe(false);
    });

    it("refuses unknown codes and the owner joining their own classroom", async () => {
      await expect(joinClassroom(db, learner, "ZZZZZZZZ")).rejects.toMatchObject({ status: 404 });
      await expect(joinClassroom(db, teacher, joinCode)).rejects.toMatchObject({ status: 400 });
    });

    it("shows the owner a grid, completion, failing tests and a CSV", async () => {
      await recordAttempt(db, learner, "ex-one", { passed: true, testsPassed: 3, testsTotal: 3, files: { "app.py": "print('mine')" } });
      await db.submission.create({ data: { userId: learner, exerciseSlug: "ex-two", passed: false, testsPassed: 1, testsTotal: 3, failedTests: JSON.stringify(["test_hidden.py::test_404"]) } });
      const dashboard = await getDashboard(db, teacher, classroomId, exercises);
      expect(dashboard.learners).toHaveLength(1);
      expect(dashboard.learners[0]).toMatchObject({ id: learner, passed: 1, completion: 50 });
      expect(dashboard.learners[0].cells["ex-one"].status).toBe("passed");
      expect(dashboard.learners[0].cells["ex-two"].status).toBe("not-started");
      expect(dashboard.completion).toBe(50);
      expect(dashboard.failingTests).toEqual([{ exerciseSlug: "ex-two", testId: "test_hidden.py::test_404", failures: 1 }]);
      const csv = dashboardCsv(dashboard);
      expect(csv.split("\r\n")[0]).toBe("learner,email,completion %,ex-one,ex-two");
      expect(csv).toContain(",50,passed,");
      expect(await learnerCode(db, teacher, classroomId, learner, "ex-one")).toEqual({ "app.py": "print('mine')" });
    });

    it("refuses every forbidden access", async () => {
      // Another instructor, a learner of the class and an outsider: none may see or change it.
      for (const intruder of [otherTeacher, learner, outsider]) {
        await expect(getDashboard(db, intruder, classroomId, exercises)).rejects.toMatchObject({ status: 404 });
        await expect(learnerCode(db, intruder, classroomId, learner, "ex-one")).rejects.toMatchObject({ status: 404 });
        await expect(removeLearner(db, intruder, classroomId, learner)).rejects.toMatchObject({ status: 404 });
        await expect(updateClassroom(db, intruder, classroomId, { name: "Taken over" })).rejects.toMatchObject({ status: 404 });
      }
      // The owner cannot read the code of someone who is not in the class.
      await recordAttempt(db, outsider, "ex-one", { passed: false, testsPassed: 0, testsTotal: 3, files: { "app.py": "secret" } });
      await expect(learnerCode(db, teacher, classroomId, outsider, "ex-one")).rejects.toMatchObject({ status: 404 });
      await expect(leaveClassroom(db, outsider, classroomId)).rejects.toMatchObject({ status: 404 });
    });

    it("lets the owner remove a learner and a learner leave", async () => {
      await removeLearner(db, teacher, classroomId, learner);
      expect(await listMemberships(db, learner)).toEqual([]);
      await joinClassroom(db, learner, joinCode);
      await leaveClassroom(db, learner, classroomId);
      expect(await listMemberships(db, learner)).toEqual([]);
      expect((await getDashboard(db, teacher, classroomId, exercises)).learners).toEqual([]);
    });
  });
}
