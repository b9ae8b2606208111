// Debian's Chromium for browser tests; installed on demand when we are root
// (CI and fresh machines), since Playwright cannot download its own browsers here.
import { existsSync } from "node:fs";
import { aptInstall, isRoot } from "./apt-install.mjs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium({ log = console.log } = {}) {
  if (existsSync(chromiumPath)) return chromiumPath;
  if (!isRoot()) throw new Error(`${chromiumPath} not found: install Debian's chromium package (sudo apt-get install -y chromium)`);
  log("Installing Debian's chromium for browser tests (apt-get) ...");
  aptInstall(["chromium"]);
  if (!existsSync(chromiumPath)) throw new Error(`chromium installed but ${chromiumPath} is missing`);
  return chromiumPath;
}
