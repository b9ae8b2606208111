// Learner code that attacks from Python, through the same runtime the server
// grades with (a fresh sandboxed runner for every run): each attack ends with
// a clear verdict, reaches nothing, leaks nothing, and the next run is clean.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeRuntime, type WorkerRuntime } from "@/lib/python-runtime/node/index";

const attack = (name: string) => readFileSync(path.join(import.meta.dirname, "attacks", `${name}.py`), "utf8");
const SECRET = `canary-${Math.random().toString(36).slice(2)}`;
let runtime: WorkerRuntime;

const run = (code: string, timeoutMs = 10_000) => runtime.runProgram({ "main.py": code }, "main.py", { timeoutMs });

/** A clean interpreter: nothing an earlier run did is visible. */
async function expectCleanNextRun() {
  const check = await run(
    [
      "import builtins, os, sys",
      "import flask",
      "assert len([1, 2, 3]) == 3",
      "assert not os.path.exists('/tmp/poison-marker')",
      "assert 'Hook' not in [type(f).__name__ for f in sys.meta_path]",
      "assert 'poisoned' not in repr(flask.Flask.__call__)",
      "import pytest",
      "print('clean')",
    ].join("\n"),
  );
  expect(check).toMatchObject({ ok: true, stdout: "clean\n" });
}

beforeAll(async () => {
  process.env.COURSE_CANARY = SECRET;
  runtime = createNodeRuntime({ freshRunnerPerRun: true, memoryLimitBytes: 256 * 2 ** 20, outputLimitBytes: 64 * 1024 });
  await runtime.boot();
}, 120_000);

afterAll(async () => {
  delete process.env.COURSE_CANARY;
  await runtime?.dispose();
});

describe("Python attacks on the grading runtime", () => {
  it("reaches no JavaScript that can run code, and finds no secret", async () => {
    const result = await run(attack("escape"));
    expect(result.stdout).toMatch(/^REACHED: /);
    expect(result.stdout).not.toContain("evaluated");
    expect(result.stdout).not.toContain("BuiltinImporter _pyodide_core");
    expect(JSON.stringify(result)).not.toContain(SECRET);
    await expectCleanNextRun();
  });

  it("sees none of the server's files, environment or secrets", async () => {
    // Python's file system is Pyodide's own, in memory: /home/web_user is
    // Pyodide's; nothing of the host's (its /etc, /work, data/) is there.
    const result = await run(attack("files"));
    expect(result.ok).toBe(true);
    const files = /^FILES: (.*)$/m.exec(result.stdout)?.[1] ?? "";
    for (const hostPath of ["/etc/passwd", "/proc/self/environ", "/work", "/root", "auth-secret", "/srv", "postgresql"]) {
      expect(files, hostPath).not.toContain(hostPath);
    }
    expect(result.stdout).not.toContain(SECRET);
    expect(result.stdout).not.toContain("BETTER_AUTH");
    expect(result.stdout).not.toContain("DATABASE_URL");
    await expectCleanNextRun();
  });

  it("reaches no network", async () => {
    const result = await run(attack("network"));
    expect(result.stdout).toContain("NETWORK: []");
  });

  it("starts no process", async () => {
    const result = await run(attack("processes"));
    expect(result.stdout).toContain("PROCESSES: []");
  });

  it("is stopped by the runner, not by Python, when os.system reaches Node", async () => {
    const result = await run(attack("system"));
    expect(result.stdout).not.toContain("SYSTEM: 0");
    expect(result.stdout).not.toContain("started");
    expect(result.error).toMatchObject({ kind: "crash", message: expect.stringContaining("restricted") });
    await expectCleanNextRun();
  });

  it("is stopped at the memory limit, with a memory verdict", async () => {
    const result = await run(attack("memory"), 30_000);
    expect(result.error?.kind).toBe("memory");
    await expectCleanNextRun();
  });

  it("is stopped at the time limit when it loops inside C code", async () => {
    const started = Date.now();
    const result = await run(attack("regex"), 2000);
    expect(result.error?.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(20_000);
    await expectCleanNextRun();
  });

  it("has its output cut at the cap", async () => {
    const result = await run(attack("flood"));
    expect(result.error?.kind).toBe("output-limit");
    expect(result.stdout.length).toBeLessThanOrEqual(64 * 1024);
    await expectCleanNextRun();
  });

  it("leaves nothing behind for the next run", async () => {
    await run(attack("poison"));
    await expectCleanNextRun();
  });
});
