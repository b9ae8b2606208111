// Applies the committed SQL migrations in prisma/migrations/<provider>/ in
// order, once each. Prisma's own `migrate deploy` needs a schema-engine
// binary that cannot be downloaded here; the SQL itself is Prisma's
// (written by `npm run db:migration`), only the bookkeeping is ours.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./config.mjs";

export const MIGRATIONS_TABLE = "_course_migrations";
const TABLE = MIGRATIONS_TABLE;
/** The PostgreSQL advisory lock that lets one migrator run at a time across processes and machines. */
export const MIGRATION_LOCK_KEY = 727274;
/** How long an instance waits for another one's migration before it gives up, saying so. */
const LOCK_WAIT_SECONDS = 300;

/** @param {"sqlite" | "postgres"} provider */
export function readMigrations(provider, root = projectRoot) {
  const dir = path.join(root, "prisma/migrations", provider);
  if (!existsSync(dir)) throw new Error(`prisma/migrations/${provider}: folder missing`);
  return readdirSync(dir)
    .filter((name) => /^\d{4}_[a-z0-9_]+$/.test(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`prisma/migrations/${provider}/${name}/migration.sql: file missing`);
      const sql = readFileSync(file, "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Where a database stands against the code's migrations: `pending` are not
 * applied yet, `changed` were applied from a different file, `unknown` were
 * applied by newer code (a rolling upgrade) and are not in this checkout.
 * @param {{ name: string, checksum: string }[]} migrations
 * @param {{ name: string, checksum: string }[]} applied
 */
export function compareMigrations(migrations, applied) {
  const known = new Map(migrations.map((m) => [m.name, m]));
  const done = new Set(applied.map((row) => row.name));
  return {
    pending: migrations.filter((m) => !done.has(m.name)),
    changed: applied.filter((row) => known.has(row.name) && known.get(row.name).checksum !== row.checksum).map((row) => row.name),
    unknown: applied.filter((row) => !known.has(row.name)).map((row) => row.name),
  };
}

function checkApplied(migrations, applied) {
  const { pending, changed, unknown } = compareMigrations(migrations, applied);
  if (unknown.length) throw new Error(`database has migration ${unknown[0]}, which is not in prisma/migrations: is this database newer than the code?`);
  if (changed.length) throw new Error(`prisma/migrations/.../${changed[0]}/migration.sql changed after it was applied; write a new migration instead`);
  return pending;
}

/** @param {string} file @returns {Promise<string[]>} names applied now */
export async function migrateSqlite(file) {
  const { default: Database } = await import("better-sqlite3");
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const migrations = readMigrations("sqlite");
    // IMMEDIATE takes the write lock first, so two processes starting at once
    // cannot both apply the same migration.
    const apply = db.transaction(() => {
      const pending = checkApplied(migrations, db.prepare(`SELECT name, checksum FROM ${TABLE}`).all());
      for (const m of pending) {
        db.exec(m.sql);
        db.prepare(`INSERT INTO ${TABLE} (name, checksum, applied_at) VALUES (?, ?, ?)`).run(m.name, m.checksum, new Date().toISOString());
      }
      return pending.map((m) => m.name);
    });
    return apply.immediate();
  } finally {
    db.close();
  }
}

/** @param {string} url @returns {Promise<string[]>} names applied now */
export async function migratePostgres(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let locked = false;
  try {
    // One migrator at a time across processes and machines: instances that
    // start together against an empty database wait here while the first
    // applies, then find nothing left to do. The lock is the session's, so it
    // is released even if this process dies mid-migration.
    await client.query(`SET lock_timeout = '${LOCK_WAIT_SECONDS}s'`);
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    } catch (error) {
      if (error.code !== "55P03") throw error;
      throw new Error(`another instance has been migrating this database for over ${LOCK_WAIT_SECONDS} s (advisory lock ${MIGRATION_LOCK_KEY}); is a migration stuck?`);
    }
    locked = true;
    await client.query("SET lock_timeout = 0");
    await client.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query(`SELECT name, checksum FROM ${TABLE}`);
    const pending = checkApplied(readMigrations("postgres"), rows);
    for (const m of pending) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO ${TABLE} (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${error.message}`);
      }
    }
    return pending.map((m) => m.name);
  } finally {
    if (locked) await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/** @param {{ provider: "sqlite", file: string } | { provider: "postgres", url: string }} config */
export function migrate(config) {
  return config.provider === "sqlite" ? migrateSqlite(config.file) : migratePostgres(config.url);
}
