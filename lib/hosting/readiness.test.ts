// Readiness from its parts: a real database (SQLite; the PostgreSQL answers
// are checked on live instances in tests/e2e/hosting.e2e.ts) and a pool whose
// runtimes are doubles that only boot (what matters here is warmth, not Python).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { migrate, readMigrations } from "@/lib/db/migrations.mjs";
import { RuntimePool } from "@/lib/grading/runtime-pool";
import type { PythonRuntime } from "@/lib/python-runtime/types";
import { readiness } from "./readiness";

const bootOnly = () => ({ boot: async () => {}, dispose: async () => {} }) as unknown as PythonRuntime;
const sandboxed = { isolation: "sandbox" as const, enabled: true };

describe("readiness", () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "course-ready-")), "ready.db");
  const db = createDb(`file:${file}`);
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    process.env.DATABASE_URL = previousUrl;
    await db.$disconnect();
  });

  it("is not ready before the migrations are applied and the runners have booted", async () => {
    const pool = new RuntimePool({ size: 2, maxQueue: 5, queueTimeoutMs: 1000, createRuntime: bootOnly });
    const answer = await readiness(db, pool, sandboxed);
    expect(answer).toMatchObject({ ready: false, draining: false, database: "ok", grading: { enabled: true, warm: false } });
    expect(answer.migrations).toEqual({ current: false, pending: readMigrations("sqlite").map((m) => m.name), changed: [], newer: [] });
  });

  it("is ready with every migration applied and warm runners; not while draining or without grading", async () => {
    await migrate({ provider: "sqlite", file });
    const pool = new RuntimePool({ size: 2, maxQueue: 5, queueTimeoutMs: 1000, createRuntime: bootOnly });
    await pool.warm();
    expect(await readiness(db, pool, sandboxed)).toMatchObject({ ready: true, migrations: { current: true }, grading: { warm: true } });
    expect(await readiness(db, pool, { isolation: "process", enabled: false })).toMatchObject({ ready: false, grading: { enabled: false, warm: false } });
    await pool.drain();
    expect(await readiness(db, pool, sandboxed)).toMatchObject({ ready: false, draining: true });
  });

  it("does not wait for warm runners when they are not booted at start (GRADER_WARM=0)", async () => {
    const pool = new RuntimePool({ size: 2, maxQueue: 5, queueTimeoutMs: 1000, createRuntime: bootOnly });
    expect(await readiness(db, pool, sandboxed, false)).toMatchObject({ ready: true, grading: { warm: false } });
    expect(await readiness(db, pool, sandboxed, true)).toMatchObject({ ready: false, grading: { warm: false } });
  });

  it("names migrations applied by newer code without refusing readiness for them", async () => {
    await db.$executeRawUnsafe("INSERT INTO _course_migrations (name, checksum, applied_at) VALUES ('9999_from_the_future', 'x', '2026-01-01')");
    const pool = new RuntimePool({ size: 1, maxQueue: 5, queueTimeoutMs: 1000, createRuntime: bootOnly });
    await pool.warm();
    expect(await readiness(db, pool, sandboxed)).toMatchObject({ ready: true, migrations: { current: true, newer: ["9999_from_the_future"] } });
  });
});
