// Classrooms against both databases, including every forbidden access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { recordAttempt } from "@/lib/progress/progress-store";
import { createTestUser, openTestDb, testDatabases } from "@/tests/unit/test-databases";
import { createClassroom, isStrictFor, joinClassroom, leaveClassroom, listMemberships, listOwnedClassrooms, removeLearner, updateClassroom } from "./classroom-service";
import { CSV_HEADER, dashboardCsv, getDashboard, learnerCode } from "./dashboard";
import { formatJoinCode, normalizeJoinCode } from "./join-code";
import { checkResults, hiddenChecks, learnerExercise, learnerOverview } from "./learner-report";

const exercises = [
  { slug: "ex-one", title: "One", lessonSlug: "first", lessonTitle: "First lesson" },
  { slug: "ex-two", title: "Two", lessonSlug: "first", lessonTitle: "First lesson" },
];

describe("join codes", () => {
  it("accepts what people type and rejects the rest", () => {
    expect(normalizeJoinCode("k7m2-qx9p")).toBe("K7M2QX9P");
    expect(normalizeJoinCode("K7M2 QX9P")).toBe("K7M2QX9P");
    expect(normalizeJoinCode("K7M2QX9")).toBeNull();
    expect(normalizeJoinCode("K7M2QX9O")).toBeNull();
  });

  it("are shown in two groups of four, the shape people type", () => {
    expect(formatJoinCode("K7M2QX9P")).toBe("K7M2-QX9P");
    expect(normalizeJoinCode(formatJoinCode("K7M2QX9P"))).toBe("K7M2QX9P");
  });
});

describe("hidden check results of a submission", () => {
  const checks = hiddenChecks({
    "test_hidden.py": 'def test_list():\n    """GET /items answers the list."""\n\ndef test_create():\n    assert True\n',
    "conftest.py": "def test_not_a_check():\n    pass\n",
  });

  it("reads each check's title from its docstring, or its name", () => {
    expect(checks).toEqual([
      { id: "test_hidden.py::test_list", title: "GET /items answers the list." },
      { id: "test_hidden.py::test_create", title: "Create" },
    ]);
  });

  it("marks the failed ones, with the framework variants that failed", () => {
    const results = checkResults(checks, { passed: false, testsTotal: 4, failedTests: ["test_hidden.py::test_create[flask]"] });
    expect(results.map((r) => [r.id, r.outcome, r.failedVariants])).toEqual([
      ["test_hidden.py::test_list", "passed", []],
      ["test_hidden.py::test_create", "failed", ["Flask"]],
    ]);
  });

  it("says not graded when no check ran (the code did not load)", () => {
    expect(checkResults(checks, { passed: false, testsTotal: 0, failedTests: [] }).map((r) => r.outcome)).toEqual(["not-graded", "not-graded"]);
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

    it("shows the owner progress by lesson, completion, failing tests and a CSV", async () => {
      await recordAttempt(db, learner, "ex-one", { passed: true, testsPassed: 3, testsTotal: 3, files: { "app.py": "print('mine')" } });
      await db.submission.create({ data: { userId: learner, exerciseSlug: "ex-one", passed: true, testsPassed: 3, testsTotal: 3 } });
      await db.submission.create({ data: { userId: learner, exerciseSlug: "ex-two", passed: false, testsPassed: 1, testsTotal: 3, failedTests: JSON.stringify(["test_hidden.py::test_404"]) } });
      const dashboard = await getDashboard(db, teacher, classroomId, exercises);
      expect(dashboard.lessons).toEqual([{ slug: "first", title: "First lesson", exercises }]);
      expect(dashboard.learners).toHaveLength(1);
      expect(dashboard.learners[0]).toMatchObject({ id: learner, passed: 1, completion: 50 });
      const one = dashboard.learners[0].cells["ex-one"];
      expect(one).toMatchObject({ status: "passed", attempts: 1, bestPassed: 3, bestTotal: 3, firstPassedAt: expect.any(String), lastAttemptAt: expect.any(String) });
      expect(dashboard.learners[0].cells["ex-two"].status).toBe("not-started");
      expect(dashboard.completion).toBe(50);
      expect(dashboard.failingTests).toEqual([{ exerciseSlug: "ex-two", testId: "test_hidden.py::test_404", failures: 1 }]);

      const [header, first, second, end] = dashboardCsv(dashboard).split("\r\n");
      expect(header).toBe(CSV_HEADER.join(","));
      expect(first).toBe(`learner,${dashboard.learners[0].email},First lesson,ex-one,One,passed,1,3,3,${one.firstPassedAt},${one.lastAttemptAt}`);
      expect(second).toBe(`learner,${dashboard.learners[0].email},First lesson,ex-two,Two,not started,0,,,,`);
      expect(end).toBe("");
      expect(await learnerCode(db, teacher, classroomId, learner, "ex-one")).toEqual({ "app.py": "print('mine')" });
    });

    it("shows the owner one learner: name, every exercise, and an exercise's submissions and code", async () => {
      const overview = await learnerOverview(db, teacher, classroomId, learner, ["ex-one", "ex-two"]);
      expect(overview.learner).toMatchObject({ id: learner, name: "learner", joinedAt: expect.any(String) });
      expect(overview.cells["ex-one"].status).toBe("passed");
      const detail = await learnerExercise(db, teacher, classroomId, learner, "ex-two");
      expect(detail.submissions).toEqual([{ id: expect.any(String), number: 1, at: expect.any(String), passed: false, testsPassed: 1, testsTotal: 3, failedTests: ["test_hidden.py::test_404"] }]);
      expect(detail.code).toBeNull();
      // Newest first, numbered from the first submission.
      await db.submission.create({ data: { userId: learner, exerciseSlug: "ex-two", passed: true, testsPassed: 3, testsTotal: 3, createdAt: new Date(Date.now() + 60_000) } });
      const again = await learnerExercise(db, teacher, classroomId, learner, "ex-two");
      expect(again.submissions.map((s) => [s.number, s.passed])).toEqual([[2, true], [1, false]]);
      expect((await learnerExercise(db, teacher, classroomId, learner, "ex-one")).code).toEqual({ "app.py": "print('mine')" });
    });

    it("refuses every forbidden access", async () => {
      // Another instructor, a learner of the class and an outsider: none may see or change it.
      for (const intruder of [otherTeacher, learner, outsider]) {
        await expect(getDashboard(db, intruder, classroomId, exercises)).rejects.toMatchObject({ status: 404 });
        await expect(learnerCode(db, intruder, classroomId, learner, "ex-one")).rejects.toMatchObject({ status: 404 });
        await expect(learnerOverview(db, intruder, classroomId, learner, ["ex-one"])).rejects.toMatchObject({ status: 404 });
        await expect(learnerExercise(db, intruder, classroomId, learner, "ex-one")).rejects.toMatchObject({ status: 404 });
        await expect(removeLearner(db, intruder, classroomId, learner)).rejects.toMatchObject({ status: 404 });
        await expect(updateClassroom(db, intruder, classroomId, { name: "Taken over" })).rejects.toMatchObject({ status: 404 });
      }
      // The owner cannot read the code of someone who is not in the class.
      await recordAttempt(db, outsider, "ex-one", { passed: false, testsPassed: 0, testsTotal: 3, files: { "app.py": "secret" } });
      await expect(learnerCode(db, teacher, classroomId, outsider, "ex-one")).rejects.toMatchObject({ status: 404 });
      await expect(learnerExercise(db, teacher, classroomId, outsider, "ex-one")).rejects.toMatchObject({ status: 404 });
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
