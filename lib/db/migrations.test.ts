// Instances that start together run their migrations together: against one
// empty database, one applies every migration and the others wait, then find
// nothing left to do.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "./config.mjs";
import { MIGRATION_LOCK_KEY, migratePostgres, readMigrations } from "./migrations.mjs";

const postgresUrl = inject("postgresUrl");

/** `npm start`'s migration step in a process of its own, as an instance runs it. */
function prepareDatabaseProcess(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "scripts/prepare-db.mjs")], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

function expectOneAppliedOneWaited(outputs: string[], names: string[]) {
  const applied = outputs.filter((output) => output.includes(`applied ${names.join(", ")}`));
  const upToDate = outputs.filter((output) => /is up to date/.test(output));
  expect({ applied: applied.length, upToDate: upToDate.length }).toEqual({ applied: 1, upToDate: 1 });
}

describe("two instances starting at once on SQLite", () => {
  it("apply each migration once", async () => {
    const url = `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "course-db-")), "race.db")}`;
    const runs = await Promise.all([prepareDatabaseProcess(url), prepareDatabaseProcess(url)]);
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    expectOneAppliedOneWaited(runs.map((run) => run.output), readMigrations("sqlite").map((m) => m.name));
  });
});

describe.skipIf(!postgresUrl)(`two instances starting at once on one empty PostgreSQL${postgresUrl ? "" : ` (skipped: ${inject("postgresSkipReason")})`}`, () => {
  const admin = new pg.Client({ connectionString: postgresUrl! });
  let databases = 0;
  const names = readMigrations("postgres").map((m) => m.name);

  /** A new, empty database on the test server. */
  async function emptyDatabase(): Promise<string> {
    if (databases === 0) await admin.connect();
    const name = `migration_race_${process.pid}_${++databases}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(postgresUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  }

  async function appliedNames(url: string): Promise<string[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query("SELECT name FROM _course_migrations ORDER BY name")).rows.map((row) => row.name);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    if (databases > 0) await admin.end();
  });

  it("one applies while the other waits for it, then finds nothing to do", async () => {
    const url = await emptyDatabase();
    // Hold the migration lock, as an instance that got there first would.
    const first = new pg.Client({ connectionString: url });
    await first.connect();
    await first.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      const racers = [migratePostgres(url), migratePostgres(url)];
      const waiting = async () =>
        Number(
          (await first.query("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
            .rows[0].n,
        );
      const deadline = Date.now() + 20_000;
      while ((await waiting()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await waiting()).toBe(2);
      // Both wait before touching anything.
      expect((await first.query("SELECT to_regclass('_course_migrations') AS t")).rows[0].t).toBeNull();
      await first.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      const results = await Promise.all(racers);
      expect(results.map((applied) => applied.length).sort()).toEqual([0, names.length]);
      expect(results.flat()).toEqual(names);
    } finally {
      await first.end();
    }
    expect(await appliedNames(url)).toEqual(names);
  });

  it("as processes (`npm start`'s migration step), both succeed and each migration is applied once", async () => {
    const url = await emptyDatabase();
    const runs = await Promise.all([prepareDatabaseProcess(url), prepareDatabaseProcess(url)]);
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    expectOneAppliedOneWaited(runs.map((run) => run.output), names);
    expect(await appliedNames(url)).toEqual(names);
  });
});
