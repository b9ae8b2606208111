// Derives prisma/postgres/schema.prisma from prisma/schema.prisma (the one
// schema authors edit) and generates one Prisma client per provider: Prisma 7
// compiles queries for the schema's provider, so each database needs its own.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = path.join(root, "prisma/schema.prisma");
const postgresSchema = path.join(root, "prisma/postgres/schema.prisma");

export function writePostgresSchema() {
  const source = readFileSync(sqliteSchema, "utf8");
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output   = "../lib/generated/sqlite"', 'output   = "../../lib/generated/postgres"');
  if (derived === source || !derived.includes('"postgresql"') || !derived.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma: datasource provider or generator output not in the expected form");
  }
  const header = "// GENERATED from prisma/schema.prisma by scripts/db-schemas.mjs: do not edit.\n";
  mkdirSync(path.dirname(postgresSchema), { recursive: true });
  const next = header + derived;
  if (!existsSync(postgresSchema) || readFileSync(postgresSchema, "utf8") !== next) writeFileSync(postgresSchema, next);
}

export function generateClients() {
  writePostgresSchema();
  // `prisma generate` does not need the schema engine, but the CLI checks that
  // the variable points at a file before it would try to download one.
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
  const prisma = path.join(root, "node_modules/prisma/build/index.js");
  for (const schema of [sqliteSchema, postgresSchema]) {
    execFileSync(process.execPath, [prisma, "generate", "--schema", schema], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateClients();
  console.log("Prisma clients generated for SQLite and PostgreSQL.");
}
