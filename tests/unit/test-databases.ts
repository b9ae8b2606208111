// The databases every persistence test runs against: a fresh SQLite file, and
// the throwaway PostgreSQL server started by tests/setup/postgres.global.ts
// (skipped with its reason when PostgreSQL is not installed).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/config.mjs";
import { migrate } from "@/lib/db/migrations.mjs";

export interface TestDatabase {
  name: "SQLite" | "PostgreSQL";
  url: string | null;
  skipReason: string | null;
}

export function testDatabases(): TestDatabase[] {
  return [
    { name: "SQLite", url: `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "course-db-")), "test.db")}`, skipReason: null },
    { name: "PostgreSQL", url: inject("postgresUrl"), skipReason: inject("postgresSkipReason") },
  ];
}

/** Migrates (idempotently) and opens a client. */
export async function openTestDb(url: string): Promise<Db> {
  await migrate(parseDatabaseUrl(url));
  return createDb(url);
}

let counter = 0;
/** A user id unique across test files sharing one PostgreSQL database. */
export async function createTestUser(db: Db, label = "user"): Promise<string> {
  const id = `${label}-${process.pid}-${Date.now()}-${counter++}`;
  await db.user.create({ data: { id, name: label, email: `${id}@example.test` } });
  return id;
}
