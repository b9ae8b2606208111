// Installs Debian packages with apt-get; only root can, so callers check first.
import { spawnSync } from "node:child_process";

/** @param {string[]} packages */
export function aptInstall(packages) {
  for (const args of [["update"], ["install", "-y", "--no-install-recommends", ...packages]]) {
    const result = spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${result.status})`);
  }
}

export const isRoot = () => process.getuid?.() === 0;
