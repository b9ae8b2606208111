// Boots that start from a snapshot of the warmed-up interpreter behave like
// fresh ones, and a damaged snapshot is replaced rather than trusted.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createNodeRuntime, type WorkerRuntime } from "./index";

const dir = mkdtempSync(path.join(os.tmpdir(), "python-snapshots-"));
const runtimes: WorkerRuntime[] = [];

async function booted() {
  const runtime = createNodeRuntime({ timeoutMs: 10_000, snapshotDir: dir });
  runtimes.push(runtime);
  await runtime.boot();
  return runtime;
}

/** The main thread writes the file shortly after a fresh boot. */
async function savedFile(): Promise<string> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const file = readdirSync(dir).find((name) => name.endsWith(".bin"));
    if (file) return path.join(dir, file);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no snapshot appeared in ${dir}`);
}

const print = (runtime: WorkerRuntime, code: string, timeoutMs?: number) =>
  runtime.runProgram({ "main.py": code }, "main.py", { timeoutMs });

afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.dispose()));
  rmSync(dir, { recursive: true, force: true });
});

describe("snapshots of the warmed-up interpreter", () => {
  it("saves one after a fresh boot and starts later runtimes from it", async () => {
    const fresh = await booted();
    expect(fresh.bootInfo?.snapshot).toBe("saved");
    await savedFile();

    const restored = await booted();
    expect(restored.bootInfo?.snapshot).toBe("restored");
    expect(restored.bootInfo?.versions).toEqual(fresh.bootInfo?.versions);
    const tests = {
      "test_app.py": [
        "from fastapi.testclient import TestClient",
        "from app import app",
        "def test_ok():\n    assert TestClient(app).get('/').json() == {'ok': True}",
        "def test_422():\n    assert TestClient(app).get('/items/x').status_code == 422",
      ].join("\n"),
    };
    const files = { "app.py": "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/')\ndef home():\n    return {'ok': True}\n@app.get('/items/{n}')\ndef item(n: int):\n    return n\n" };
    const report = await restored.runTests(files, tests);
    expect(report.summary).toMatchObject({ total: 2, passed: 2 });
  }, 120_000);

  it("keeps isolation, limits and the blocked bridges in a restored runtime", async () => {
    const runtime = await booted();
    expect(runtime.bootInfo?.snapshot).toBe("restored");
    await print(runtime, "import json\njson.dumps = lambda *a, **k: 'patched'\n");
    expect((await print(runtime, "import json\nprint(json.dumps([1]))\n")).stdout).toBe("[1]\n");
    expect((await print(runtime, "import js\n")).error?.kind).toBe("import");
    expect((await print(runtime, "while True:\n    pass\n", 1000)).error?.kind).toBe("timeout");
    expect((await print(runtime, "print(6 * 7)\n")).stdout).toBe("42\n");
  }, 120_000);

  it("reads package metadata and keeps the /usr prefix in a restored runtime", async () => {
    // A file handle open at snapshot time used to be stale after the restore (issue 19).
    const runtime = await booted();
    expect(runtime.bootInfo?.snapshot).toBe("restored");
    const code = "import importlib.metadata as m, os, sys\nprint(m.version('flask'), sys.prefix, os.path.isdir('/usr/lib/python3.14'))\n";
    expect((await print(runtime, code)).stdout).toBe(`${runtime.bootInfo?.versions.flask} /usr True\n`);
    const report = await runtime.runTests({ "app.py": "import importlib.metadata as m\nVERSION = m.version('fastapi')\n" }, { "test_v.py": "from app import VERSION\n\ndef test_v():\n    assert VERSION\n" });
    expect([report.ok, report.error]).toEqual([true, null]);
  }, 120_000);

  it("gives each restored runtime its own random numbers", async () => {
    const [a, b] = await Promise.all([booted(), booted()]);
    expect([a.bootInfo?.snapshot, b.bootInfo?.snapshot]).toEqual(["restored", "restored"]);
    const draw = "import random\nprint(random.random())\n";
    const [first, second] = await Promise.all([print(a, draw), print(b, draw)]);
    expect(first.stdout).toMatch(/^0\.\d+\n$/);
    expect(first.stdout).not.toBe(second.stdout);
  }, 120_000);

  for (const [damage, corrupt] of [
    ["is not a snapshot", () => Buffer.from("not a snapshot")],
    ["is cut short", (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
  ] as const) {
    it(`starts fresh and replaces a saved copy that ${damage}`, async () => {
      const file = await savedFile();
      const damaged = corrupt(readFileSync(file));
      writeFileSync(file, damaged);
      const runtime = await booted();
      expect(runtime.bootInfo?.snapshot).toMatch(/^saved; dropped a saved copy that did not start \(incomplete or not a snapshot\)$/);
      expect((await print(runtime, "print(6 * 7)\n")).stdout).toBe("42\n");
      // The parent drops the damaged copy and writes the new one in the
      // background (renamed into place whole), so wait until the file there is
      // no longer the damaged one. A size check alone passed a copy cut short.
      const replacedYet = () => {
        const size = statSync(file, { throwIfNoEntry: false })?.size;
        return size !== undefined && size !== damaged.length;
      };
      for (let waited = 0; waited < 20_000 && !replacedYet(); waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(replacedYet()).toBe(true);
      expect((await booted()).bootInfo?.snapshot).toBe("restored");
    }, 120_000);
  }
});
