// The one place that creates Prisma clients. Prisma 7 compiles queries for
// the schema's provider, so SQLite and PostgreSQL each have a generated
// client (same models, see scripts/db-schemas.mjs); the rest of the app sees
// one type, `Db`.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { databaseConfig, parseDatabaseUrl } from "./config.mjs";

export type Db = SqliteClient;

export function createDb(url?: string): Db {
  const config = url === undefined ? databaseConfig() : parseDatabaseUrl(url);
  if (config.provider === "postgres") {
    // Same models and method signatures; only the SQL dialect differs.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: config.url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: config.file }) });
}

const globalForDb = globalThis as unknown as { courseDb?: Db };

/** The shared client; reused across hot reloads in development. */
export function getDb(): Db {
  globalForDb.courseDb ??= createDb();
  return globalForDb.courseDb;
}
