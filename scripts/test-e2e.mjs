// `npm run test:e2e`: builds the production app when needed, serves it on
// loopback with a throwaway database, and runs the browser tests against it.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startAppServer } from "./lib/app-server.mjs";
import { ensureChromium } from "./lib/chromium.mjs";
import { ensureBuild } from "./start.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function runE2e(extraArgs = []) {
  ensureChromium();
  await ensureBuild();
  // Secrets the server holds that no response may ever contain (the attack tests look for them).
  const secrets = { BETTER_AUTH_SECRET: randomBytes(24).toString("hex"), COURSE_CANARY: randomBytes(12).toString("hex") };
  const server = await startAppServer({ verbose: Boolean(process.env.E2E_VERBOSE), env: secrets });
  try {
    const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
    const env = { ...server.env, E2E_BASE_URL: server.url, E2E_SERVER_SECRETS: JSON.stringify(Object.values(secrets)) };
    const result = spawnSync(process.execPath, [vitest, "run", "--project", "e2e", ...extraArgs], { cwd: root, env, stdio: "inherit" });
    return result.status ?? 1;
  } finally {
    server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    process.exit(await runE2e(process.argv.slice(2)));
  } catch (error) {
    console.error(`End-to-end tests could not run: ${error.message}`);
    process.exit(1);
  }
}
