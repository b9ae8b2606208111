// Applies the committed SQL migrations in prisma/migrations/<provider>/ in
// order, once each. Prisma's own `migrate deploy` needs a schema-engine
// binary that cannot be downloaded here; the SQL itself is Prisma's
// (written by `npm run db:migration`), only the bookkeeping is ours.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./config.mjs";

const TABLE = "_course_migrations";

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

function checkApplied(migrations, applied) {
  const known = new Map(migrations.map((m) => [m.name, m]));
  for (const row of applied) {
    const migration = known.get(row.name);
    if (!migration) throw new Error(`database has migration ${row.name}, which is not in prisma/migrations: is this database newer than the code?`);
    if (migration.checksum !== row.checksum) throw new Error(`prisma/migrations/.../${row.name}/migration.sql changed after it was applied; write a new migration instead`);
  }
  const done = new Set(applied.map((row) => row.name));
  return migrations.filter((m) => !done.has(m.name));
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
  try {
    // One migrator at a time across processes.
    await client.query("SELECT pg_advisory_lock(727274)");
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
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => {});
    await client.end();
  }
}

/** @param {{ provider: "sqlite", file: string } | { provider: "postgres", url: string }} config */
export function migrate(config) {
  return config.provider === "sqlite" ? migrateSqlite(config.file) : migratePostgres(config.url);
}
