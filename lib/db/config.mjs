// Where the database is, decided once from DATABASE_URL.
// No DATABASE_URL means an embedded SQLite file under data/, so a fresh clone
// needs no configuration; a postgres:// URL selects PostgreSQL.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultSqliteFile = path.join(projectRoot, "data/course.db");

/**
 * @param {string | undefined} url
 * @returns {{ provider: "sqlite", file: string, url: string } | { provider: "postgres", url: string }}
 */
export function parseDatabaseUrl(url) {
  const value = url?.trim();
  if (!value) return { provider: "sqlite", file: defaultSqliteFile, url: `file:${defaultSqliteFile}` };
  if (/^postgres(ql)?:\/\//.test(value)) return { provider: "postgres", url: value };
  if (value.startsWith("file:")) {
    const raw = value.slice("file:".length);
    if (!raw) throw new Error("DATABASE_URL: a file: URL needs a path, e.g. file:./data/course.db");
    if (raw === ":memory:") return { provider: "sqlite", file: raw, url: value };
    const file = path.isAbsolute(raw) ? raw : path.resolve(projectRoot, raw);
    return { provider: "sqlite", file, url: `file:${file}` };
  }
  throw new Error(`DATABASE_URL: expected a file: URL (SQLite) or a postgres:// URL (PostgreSQL), got "${value.split(":")[0]}:..."`);
}

export function databaseConfig() {
  return parseDatabaseUrl(process.env.DATABASE_URL);
}
