// Creates the next migration for both databases from prisma/schema.prisma:
//   npm run db:migration -- <name>
// Prisma's `migrate dev` needs a schema-engine binary that cannot be
// downloaded here, so this drives the schema engine's wasm build directly.
// Each migration folder keeps a snapshot of the schema it leads to; the next
// migration is the diff from that snapshot, so no database is needed.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { writePostgresSchema } from "./db-schemas.mjs";
import { startPostgres } from "./lib/postgres.mjs";

// Node cannot import a .wasm module directly yet: instantiate it by hand.
let engineClass: typeof engineBindings.SchemaEngine | undefined;
async function loadSchemaEngine() {
  if (engineClass) return engineClass;
  // The engine reports a Rust panic's text through this global.
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = { set_message: (text: string) => console.error(`schema engine panic: ${text}`) };
  const wasmPath = path.join(root, "node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": engineBindings as never });
  const bindings = engineBindings as unknown as { __wbg_set_wasm(exports: unknown): void };
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  engineClass = engineBindings.SchemaEngine;
  return engineClass;
}

type Provider = "sqlite" | "postgres";
const root = path.resolve(import.meta.dirname, "..");
const schemaFiles: Record<Provider, string> = {
  sqlite: path.join(root, "prisma/schema.prisma"),
  postgres: path.join(root, "prisma/postgres/schema.prisma"),
};

// The engine wants a live connection even for a schema-to-schema diff (the
// PostgreSQL engine asks the server for its version), so PostgreSQL gets a
// throwaway server.
async function withAdapter<T>(provider: Provider, run: (adapter: unknown) => Promise<T>): Promise<T> {
  if (provider === "sqlite") return run(bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: ":memory:" }) as never));
  const { server, reason } = await startPostgres();
  if (!server) throw new Error(`cannot write the PostgreSQL migration: ${reason}`);
  try {
    return await run(bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: server.url }) as never));
  } finally {
    server.stop();
  }
}

function lastSnapshot(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir).filter((name) => /^\d{4}_/.test(name)).sort();
  const last = names.at(-1);
  return last ? readFileSync(path.join(dir, last, "schema.prisma"), "utf8") : null;
}

async function diff(provider: Provider, from: string | null, to: string): Promise<string> {
  const SchemaEngine = await loadSchemaEngine();
  return withAdapter(provider, async (adapter) => {
  const engine = await SchemaEngine.new({ datamodels: [[schemaFiles[provider], to]] }, () => {}, adapter as object);
  const target = (content: string) => ({ tag: "schemaDatamodel" as const, files: [{ path: schemaFiles[provider], content }] });
  const result = await engine.diff({
    from: from === null ? { tag: "empty" } : target(from),
    to: target(to),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
  });
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migration -- <name>   (lowercase letters, digits and _)");
    process.exit(2);
  }
  writePostgresSchema();
  for (const provider of ["sqlite", "postgres"] as const) {
    const dir = path.join(root, "prisma/migrations", provider);
    const current = readFileSync(schemaFiles[provider], "utf8");
    const sql = await diff(provider, lastSnapshot(dir), current);
    if (!sql.trim() || /This is an empty migration/.test(sql)) {
      console.log(`${provider}: schema unchanged, no migration written`);
      continue;
    }
    const count = existsSync(dir) ? readdirSync(dir).filter((n) => /^\d{4}_/.test(n)).length : 0;
    const folder = path.join(dir, `${String(count + 1).padStart(4, "0")}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), sql);
    writeFileSync(path.join(folder, "schema.prisma"), current);
    console.log(`${provider}: wrote ${path.relative(root, folder)}/migration.sql`);
  }
}

await main();
