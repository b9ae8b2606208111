// The server's side of the runner channel, against a runner that lies: a
// message of an unknown shape, a frame too big to buffer, bytes that are not
// frames, an interpreter copy offered after it ran code, an output flood.
// Each ends that runner (the next operation gets a new one) with nothing
// written and nothing unbounded kept.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkerRuntime } from "@/lib/python-runtime/runtime-client";
import { spawnRunner } from "@/lib/python-runtime/node/runner-process";

const root = path.resolve(import.meta.dirname, "../..");
const snapshotDir = mkdtempSync(path.join(os.tmpdir(), "lying-runner-snapshots-"));
const runtimes: WorkerRuntime[] = [];

afterAll(async () => {
  await Promise.all(runtimes.map((runtime) => runtime.dispose()));
  rmSync(snapshotDir, { recursive: true, force: true });
});

function lyingRuntime(lie: string) {
  const runtime = new WorkerRuntime({
    interrupts: false,
    outputLimitBytes: 64 * 1024,
    timeoutMs: 20_000,
    spawn: () =>
      spawnRunner({
        spec: {
          runnerFile: path.join(root, "tests/security/lying-runner.mjs"),
          runnerArgs: [lie],
          readOnlyPaths: [path.join(root, "tests/security"), path.join(root, "lib/python-runtime/node")],
          limits: { memoryLimitBytes: 256 * 2 ** 20 },
          isolated: true,
        },
        snapshotDir,
        workDir: path.join(os.tmpdir(), "course-python-runner"),
      }),
  });
  runtimes.push(runtime);
  return runtime;
}

describe("the runner channel, against a runner that lies", () => {
  for (const lie of ["unknown-shape", "huge-frame", "garbage", "snapshot-after-run"]) {
    it(`ends a runner that sends ${lie.replaceAll("-", " ")}`, async () => {
      const runtime = lyingRuntime(lie);
      await runtime.boot();
      const result = await runtime.runProgram({ "main.py": "print(1)" }, "main.py");
      expect(result.ok).toBe(false);
      expect(result.error?.kind).toBe("crash");
      expect(result.stdout).toBe("");
      // The runner is gone: the next operation starts a new one.
      await runtime.runProgram({ "main.py": "print(1)" }, "main.py");
      expect(runtime.spawnCount).toBe(2);
      // Nothing a runner offers after it ran code becomes a later runner's start.
      expect(existsSync(snapshotDir) ? readdirSync(snapshotDir) : []).toEqual([]);
    });
  }

  it("keeps no more output than the cap, whatever the runner sends", async () => {
    const runtime = lyingRuntime("output-flood");
    const streamed: string[] = [];
    const result = await runtime.runProgram({ "main.py": "" }, "main.py", { onStdout: (text) => streamed.push(text) });
    expect(streamed.join("").length).toBeLessThanOrEqual(64 * 1024);
    expect(result.stdout.length).toBeLessThanOrEqual(64 * 1024);
  });
});
