// Starts one throwaway PostgreSQL server for the unit project and hands its
// URL to the tests (inject("postgresUrl")). Without PostgreSQL installed the
// PostgreSQL tests are skipped with a message, except in CI, where they must run.
import type { TestProject } from "vitest/node";
import { startPostgres } from "../../scripts/lib/postgres.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
    postgresSkipReason: string | null;
  }
}

export default async function setup(project: TestProject) {
  const { server, reason } = await startPostgres();
  if (!server && process.env.CI) throw new Error(`CI needs PostgreSQL for the database tests: ${reason}`);
  if (!server) console.warn(`\n[postgres] skipping PostgreSQL tests: ${reason}\n`);
  project.provide("postgresUrl", server?.url ?? null);
  project.provide("postgresSkipReason", reason);
  return () => server?.stop();
}
