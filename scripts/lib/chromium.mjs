// Debian's Chromium for browser tests; installed on demand when we are root
// (CI and fresh machines), since Playwright cannot download its own browsers here.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium({ log = console.log } = {}) {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (process.getuid?.() !== 0) throw new Error(`${chromiumPath} not found: install Debian's chromium package (sudo apt-get install -y chromium)`);
  log("Installing Debian's chromium for browser tests (apt-get) ...");
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", "chromium"]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${result.status})`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`chromium installed but ${chromiumPath} is missing`);
  return chromiumPath;
}
