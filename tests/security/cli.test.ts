// `npm run sandbox` runs files its user did not necessarily write (a
// learner's folder handed to an instructor): the same attacks through the
// command line reach nothing and leak nothing.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(path.join(os.tmpdir(), "cli-attack-"));
const SECRET = `cli-canary-${Math.random().toString(36).slice(2)}`;
const marker = path.join(root, "data", "cli-attack-marker");

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function sandbox(...args: string[]) {
  return spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/sandbox.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, COURSE_CANARY: SECRET },
    timeout: 120_000,
  });
}

describe("the sandbox command line under attack", () => {
  it("runs the escape and file attacks without effect or leak", () => {
    for (const name of ["escape", "files"]) cpSync(path.join(import.meta.dirname, "attacks", `${name}.py`), path.join(folder, `${name}.py`));
    writeFileSync(path.join(folder, "write_marker.py"), `open(${JSON.stringify(marker)}, "w").write("x")\n`);
    for (const name of ["escape.py", "files.py", "write_marker.py"]) {
      const result = sandbox("run", path.join(folder, name), "--timeout", "20000");
      const output = result.stdout + result.stderr;
      expect(output, name).not.toContain(SECRET);
      expect(output, name).not.toContain("evaluated");
      expect(output, name).not.toContain("root:");
      expect(existsSync(marker), name).toBe(false);
    }
  }, 180_000);
});
