// Readiness for a load balancer: may this instance be sent learners now?
// Only when its database answers with every migration this code needs, its
// grading runners have booted (a learner's first submission must not wait for
// Python), and it is not stopping. Says which check failed, and never what is
// stored (no counts of users or rows).
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { databaseConfig } from "@/lib/db/config.mjs";
import { compareMigrations, MIGRATIONS_TABLE, readMigrations } from "@/lib/db/migrations.mjs";
import type { RuntimePool } from "@/lib/grading/runtime-pool";
import type { ServerGradingStatus } from "@/lib/grading/server-grader";

export interface Readiness {
  ready: boolean;
  /** SIGTERM received: finishing the submissions in flight, taking no new ones. */
  draining: boolean;
  database: "ok" | "unreachable";
  migrations: {
    current: boolean;
    /** In this code, not yet applied. */
    pending: string[];
    /** Applied from a different file than this code's. */
    changed: string[];
    /** Applied by newer code (during a rolling upgrade); this code does not need them. */
    newer: string[];
  } | null;
  grading: { enabled: boolean; isolation: ServerGradingStatus["isolation"]; warm: boolean };
  /** The Next.js build served; every instance behind one load balancer must serve the same. */
  build: string | null;
}

let migrationsInCode: ReturnType<typeof readMigrations> | null = null;
let buildId: string | null | undefined;

function servedBuild(): string | null {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(path.join(process.cwd(), ".next/BUILD_ID"), "utf8").trim();
    } catch {
      buildId = null;
    }
  }
  return buildId;
}

async function migrationState(db: Db): Promise<Readiness["migrations"]> {
  migrationsInCode ??= readMigrations(databaseConfig().provider);
  let applied: { name: string; checksum: string }[];
  try {
    applied = await db.$queryRawUnsafe<{ name: string; checksum: string }[]>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`);
  } catch {
    applied = []; // no bookkeeping table: nothing has been applied
  }
  const { pending, changed, unknown } = compareMigrations(migrationsInCode, applied);
  return { current: pending.length === 0 && changed.length === 0, pending: pending.map((m) => m.name), changed, newer: unknown };
}

/**
 * @param warmRequired whether runners are booted at start (GRADER_WARM is not
 *   "0"); when they are not, waiting for warm runners would keep the instance
 *   out of the load balancer, and so from the submissions that warm them, for good.
 */
export async function readiness(db: Db, pool: RuntimePool, grading: ServerGradingStatus, warmRequired = process.env.GRADER_WARM !== "0"): Promise<Readiness> {
  let database: Readiness["database"] = "ok";
  let migrations: Readiness["migrations"] = null;
  try {
    await db.$queryRawUnsafe("SELECT 1");
    migrations = await migrationState(db);
  } catch (error) {
    console.error("readiness: database unreachable", error);
    database = "unreachable";
  }
  const draining = pool.isDraining;
  const warm = grading.enabled && pool.isWarm;
  return {
    ready: !draining && database === "ok" && migrations?.current === true && grading.enabled && (warm || !warmRequired),
    draining,
    database,
    migrations,
    grading: { enabled: grading.enabled, isolation: grading.isolation, warm },
    build: servedBuild(),
  };
}
