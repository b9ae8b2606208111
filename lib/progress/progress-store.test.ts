import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestUser, openTestDb, testDatabases } from "@/tests/unit/test-databases";
import { lastCode, listProgress, recordAttempt, recordSubmission, saveCode } from "./progress-store";

for (const database of testDatabases()) {
  describe.skipIf(!database.url)(`progress store on ${database.name}${database.url ? "" : ` (skipped: ${database.skipReason})`}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await openTestDb(database.url!);
    });
    afterAll(async () => db?.$disconnect());

    it("counts attempts, keeps the best result and the first pass time", async () => {
      const user = await createTestUser(db);
      const failed = await recordAttempt(db, user, "ex-a", { passed: false, testsPassed: 1, testsTotal: 4, files: { "app.py": "v1" } });
      expect(failed).toMatchObject({ status: "started", attempts: 1, bestPassed: 1, bestTotal: 4, firstPassedAt: null });
      const passed = await recordAttempt(db, user, "ex-a", { passed: true, testsPassed: 4, testsTotal: 4, files: { "app.py": "v2" } });
      expect(passed).toMatchObject({ status: "passed", attempts: 2, bestPassed: 4 });
      expect(passed.firstPassedAt).not.toBeNull();
      const worse = await recordAttempt(db, user, "ex-a", { passed: false, testsPassed: 0, testsTotal: 4, files: { "app.py": "v3" } });
      expect(worse).toMatchObject({ status: "passed", attempts: 3, bestPassed: 4, firstPassedAt: passed.firstPassedAt });
      expect(await lastCode(db, user, "ex-a")).toEqual({ "app.py": "v3" });
    });

    it("autosaves code without counting an attempt", async () => {
      const user = await createTestUser(db);
      await saveCode(db, user, "ex-b", { "app.py": "draft" });
      await saveCode(db, user, "ex-b", { "app.py": "draft 2" });
      const [entry] = await listProgress(db, user);
      expect(entry).toMatchObject({ exerciseSlug: "ex-b", attempts: 0, status: "started" });
      expect(await lastCode(db, user, "ex-b")).toEqual({ "app.py": "draft 2" });
    });

    it("keeps one row per learner and exercise under concurrent submissions", async () => {
      const user = await createTestUser(db);
      const attempts = Array.from({ length: 8 }, (_, i) => recordAttempt(db, user, "ex-c", { passed: i === 5, testsPassed: i, testsTotal: 8, files: { "app.py": `v${i}` } }));
      const results = await Promise.allSettled(attempts);
      const ok = results.filter((r) => r.status === "fulfilled").length;
      const rows = await db.progress.findMany({ where: { userId: user, exerciseSlug: "ex-c" } });
      expect(rows).toHaveLength(1);
      expect(rows[0].attempts).toBe(ok);
      expect(ok).toBe(8);
    });

    it("records a graded submission's progress and submission rows together", async () => {
      const user = await createTestUser(db);
      const entry = await recordSubmission(db, user, "ex-e", { passed: false, testsPassed: 2, testsTotal: 3, files: { "app.py": "v1" }, failedTests: ["test_x"] });
      expect(entry).toMatchObject({ attempts: 1, bestPassed: 2 });
      expect(await db.submission.findMany({ where: { userId: user, exerciseSlug: "ex-e" }, select: { passed: true, failedTests: true } })).toEqual([
        { passed: false, failedTests: '["test_x"]' },
      ]);
    });

    it("shows a learner only their own progress", async () => {
      const a = await createTestUser(db, "a");
      const b = await createTestUser(db, "b");
      await saveCode(db, a, "ex-d", { "app.py": "a's" });
      expect(await listProgress(db, b)).toEqual([]);
      expect(await lastCode(db, b, "ex-d")).toBeNull();
    });
  });
}
