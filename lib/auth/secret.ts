// The key that signs session cookies. BETTER_AUTH_SECRET wins; otherwise, for
// a course on one machine (SQLite), a random secret is created once beside the
// database, so a fresh clone runs with no configuration and sessions survive
// restarts. A hosted course (PostgreSQL) never falls back to a file: each
// instance would make its own, and a session from one would be refused by
// the others.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/config.mjs";
import { hostedConfigError } from "@/lib/hosting/hosted-config.mjs";

export function authSecret(env: Record<string, string | undefined> = process.env, dir = path.join(projectRoot, "data")): string {
  const refused = hostedConfigError(env);
  if (refused) throw new Error(refused);
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const file = path.join(dir, ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // wx: if another process created it first, use theirs.
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
  } catch {
    return readFileSync(file, "utf8").trim();
  }
  return secret;
}
