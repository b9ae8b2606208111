// The key that signs session cookies. BETTER_AUTH_SECRET wins; otherwise a
// random secret is created once beside the SQLite database, so a fresh clone
// runs with no configuration and sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "@/lib/db/config.mjs";

export function authSecret(env: Record<string, string | undefined> = process.env, dir = path.join(projectRoot, "data")): string {
  const fromEnv = env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET: must be at least 32 characters");
    return fromEnv;
  }
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
