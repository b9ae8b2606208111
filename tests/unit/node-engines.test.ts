// The Node.js versions package.json promises (and the README repeats) must be
// ones every installed dependency supports: a version in our range outside a
// dependency's own would install with a warning, or not work.
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }>;
};

/**
 * Dependencies whose range we knowingly do not meet, and why. Each is loaded
 * only by a command the course never runs.
 */
const NOT_USED: Record<string, string> = {
  "@prisma/streams-local": "prisma dev (Prisma's local database server) imports it; the course never runs that command",
};

describe("Node.js versions", () => {
  const ours = manifest.engines.node;

  it("are a valid range that the README names", () => {
    expect(semver.validRange(ours)).not.toBeNull();
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const majors = [...new Set(ours.split("||").map((part) => semver.minVersion(part.trim())!))];
    for (const version of majors) {
      const named = version.minor === 0 && version.patch === 0 ? `${version.major}` : `${version.major}.${version.minor}+`;
      expect(readme, `README names Node.js ${named}`).toContain(named);
    }
  });

  it("are supported by every dependency that the course uses", () => {
    const unsupported: string[] = [];
    for (const [location, entry] of Object.entries(lock.packages)) {
      const name = location.replace(/^.*node_modules\//, "");
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      // Platform-specific builds for other systems are never installed here.
      if (!location || !range || entry.os || entry.cpu || name in NOT_USED) continue;
      if (!semver.subset(ours, range)) unsupported.push(`${name} wants node ${range}`);
    }
    expect(unsupported).toEqual([]);
  });

  it("keeps the exceptions real: each is still a dependency, still wanting more", () => {
    for (const name of Object.keys(NOT_USED)) {
      const entry = Object.entries(lock.packages).find(([location]) => location.endsWith(`node_modules/${name}`))?.[1];
      expect(entry, name).toBeDefined();
      const range = Array.isArray(entry!.engines) ? undefined : entry!.engines?.node;
      expect(range && semver.subset(ours, range), name).toBe(false);
    }
  });
});
