// The same checks against both databases: migrations apply (twice is a
// no-op), and the Prisma client reads and writes through its adapter.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "./client";
import { parseDatabaseUrl } from "./config.mjs";
import { migrate, readMigrations } from "./migrations.mjs";

const sqliteUrl = `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "course-db-")), "test.db")}`;
const postgresUrl = inject("postgresUrl");

const databases = [
  { name: "SQLite", url: sqliteUrl as string | null, skip: null as string | null },
  { name: "PostgreSQL", url: postgresUrl, skip: inject("postgresSkipReason") },
];

for (const database of databases) {
  describe.skipIf(!database.url)(`database: ${database.name}${database.url ? "" : ` (skipped: ${database.skip})`}`, () => {
    const url = database.url!;
    let db: Db;
    afterAll(async () => db?.$disconnect());

    it("applies the committed migrations once", async () => {
      // Other test files may share this database and have migrated it already.
      const config = parseDatabaseUrl(url);
      await migrate(config);
      expect(await migrate(config)).toEqual([]);
      db = createDb(url);
      const applied = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM _course_migrations ORDER BY name");
      expect(applied.map((row) => row.name)).toEqual(readMigrations(config.provider).map((m) => m.name));
    });

    it("stores users and per-exercise progress", async () => {
      const user = await db.user.create({ data: { id: `u-${database.name}-${process.pid}`, name: "Ada", email: `ada-${database.name}-${process.pid}@example.test` } });
      expect(user.role).toBe("learner");
      const progress = await db.progress.create({
        data: { userId: user.id, exerciseSlug: "flask-hello", attempts: 1, bestPassed: 2, bestTotal: 3, lastCode: JSON.stringify({ "app.py": "x" }) },
      });
      expect(progress.status).toBe("started");
      expect(progress.createdAt).toBeInstanceOf(Date);
      const updated = await db.progress.update({
        where: { userId_exerciseSlug: { userId: user.id, exerciseSlug: "flask-hello" } },
        data: { status: "passed", attempts: { increment: 1 }, firstPassedAt: new Date("2026-01-02T03:04:05Z") },
      });
      expect(updated).toMatchObject({ status: "passed", attempts: 2 });
      expect(updated.firstPassedAt?.toISOString()).toBe("2026-01-02T03:04:05.000Z");
    });

    it("refuses a second progress row for the same learner and exercise", async () => {
      await expect(db.progress.create({ data: { userId: `u-${database.name}-${process.pid}`, exerciseSlug: "flask-hello" } })).rejects.toThrow(/Unique constraint/i);
    });

    it("deletes a user's progress with the user", async () => {
      await db.user.delete({ where: { id: `u-${database.name}-${process.pid}` } });
      expect(await db.progress.count({ where: { userId: `u-${database.name}-${process.pid}` } })).toBe(0);
    });
  });
}
