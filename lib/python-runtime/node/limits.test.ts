// Every way learner code can go wrong comes back as a structured PythonError,
// and the runtime stays usable afterwards. Also: runs do not leak into each other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeRuntime, type WorkerRuntime } from "./index";

let runtime: WorkerRuntime;
const main = (code: string) => ({ "main.py": code });
const run = (code: string, timeoutMs?: number) => runtime.runProgram(main(code), "main.py", { timeoutMs });

async function expectUsable() {
  const after = await run("print(6 * 7)");
  expect(after).toMatchObject({ ok: true, stdout: "42\n", error: null });
}

beforeAll(async () => {
  runtime = createNodeRuntime({
    timeoutMs: 5000,
    outputLimitBytes: 64 * 1024,
    memoryLimitBytes: 256 * 2 ** 20,
    });
  await runtime.boot();
}, 120_000);

afterAll(() => runtime.dispose());

describe("bad input", () => {
  it("stops an infinite loop at the timeout, then runs again", async () => {
    const started = Date.now();
    const result = await run("while True:\n    pass\n", 1000);
    expect(result.ok).toBe(false);
    expect(result.error?.kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3000);
    await expectUsable();
  });

  it("stops a loop that swallows KeyboardInterrupt by replacing the worker", async () => {
    const spawnsBefore = runtime.spawnCount;
    const result = await run("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n", 800);
    expect(result.error?.kind).toBe("timeout");
    expect(runtime.spawnCount).toBe(spawnsBefore + 1);
    await expectUsable();
  });

  it("cuts huge output at the cap and says so", async () => {
    const chunks: string[] = [];
    const result = await runtime.runProgram(main("while True:\n    print('spam' * 100)\n"), "main.py", {
      onStdout: (text) => chunks.push(text),
    });
    expect(result.truncated).toBe(true);
    expect(result.error?.kind).toBe("output-limit");
    expect(Buffer.byteLength(result.stdout)).toBe(64 * 1024);
    expect(chunks.join("")).toBe(result.stdout);
    await expectUsable();
  });

  it("stops a print loop inside a test at the same cap, keeping the test's output", async () => {
    const started = Date.now();
    const report = await runtime.runTests(
      { "app.py": "x = 1\n" },
      { "test_spam.py": "def test_spam():\n    while True:\n        print('spam' * 100)\n\ndef test_after():\n    pass\n" },
      { timeoutMs: 20_000 },
    );
    expect(report.error).toMatchObject({ kind: "output-limit", message: expect.stringMatching(/printed more than 64 KB/) });
    expect(report.truncated).toBe(true);
    expect(Buffer.byteLength(report.stdout)).toBe(64 * 1024);
    // The run ends at the cap, long before the time limit; later tests do not run.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(report.tests.map((t) => [t.name, t.outcome])).toEqual([["test_spam", "failed"]]);
    expect(report.tests[0].output.length).toBeGreaterThan(16 * 1024);
    expect(report.tests[0].output).toMatch(/the Console has all of it\]\n$/);
    await expectUsable();
  });

  it("keeps a test's huge message and deep traceback within what the runner may send", async () => {
    const report = await runtime.runTests(
      { "app.py": "def deep(n):\n    if n == 0:\n        raise ValueError('x' * 200_000)\n    return deep(n - 1)\n" },
      { "test_deep.py": "from app import deep\n\ndef test_deep():\n    deep(300)\n" },
      { timeoutMs: 20_000 },
    );
    expect(report.error).toBeNull();
    const [test] = report.tests;
    expect(test.outcome).toBe("failed");
    expect(test.message?.length).toBeLessThan(21_000);
    expect(test.traceback.length).toBeLessThanOrEqual(41);
    expect(test.traceback.join("\n")).toMatch(/more calls/);
  });

  it("stops a print loop at module level, while pytest imports the learner's file", async () => {
    const report = await runtime.runTests({ "app.py": "while True:\n    print('x' * 100)\n" }, { "test_app.py": "import app\n\ndef test_x():\n    pass\n" });
    expect(report.error?.kind).toBe("output-limit");
    expect(report.truncated).toBe(true);
    await expectUsable();
  });

  it("reports a SyntaxError with file, line and a caret", async () => {
    const result = await runtime.runProgram({ "main.py": "import helper\n", "helper.py": "x = = 1\n" }, "main.py");
    expect(result.error).toMatchObject({ kind: "syntax", type: "SyntaxError", file: "helper.py", line: 1 });
    expect(result.error?.traceback.join("\n")).toContain("^");
  });

  it("reports a missing package as an ImportError that says what is available", async () => {
    const result = await run("import requests\n");
    expect(result.error).toMatchObject({ kind: "import", file: "main.py", line: 1 });
    expect(result.error?.message).toContain("No module named 'requests'");
  });

  it("reports runaway recursion and keeps a short traceback", async () => {
    const result = await run("def down(n):\n    return down(n + 1)\n\ndown(0)\n");
    expect(result.error?.kind).toBe("recursion");
    expect(result.error?.line).toBe(2);
    expect(result.error?.traceback.length).toBeLessThanOrEqual(7);
    await expectUsable();
  });

  it("reports SystemExit", async () => {
    const result = await run("import sys\nprint('bye')\nsys.exit(2)\n");
    expect(result.error).toMatchObject({ kind: "exit", type: "SystemExit", line: 3 });
    expect(result.stdout).toBe("bye\n");
    await expectUsable();
  });

  it("replaces the worker after a memory hog and reports kind memory", async () => {
    const spawnsBefore = runtime.spawnCount;
    const result = await run("hog = bytearray(400 * 2**20)\nprint(len(hog))\n", 10_000);
    expect(result.error?.kind).toBe("memory");
    expect(runtime.spawnCount).toBe(spawnsBefore + 1);
    await expectUsable();
  });

  it("stops memory that grows bit by bit near the limit, not at wasm's 2 GB", async () => {
    const spawnsBefore = runtime.spawnCount;
    const result = await run("chunks = []\nwhile True:\n    chunks.append(bytearray(8 * 2**20))\n", 30_000);
    expect(result.error?.kind).toBe("memory");
    const usedMB = Number(/about (\d+) MB/.exec(result.error?.message ?? "")?.[1]);
    expect(usedMB).toBeGreaterThan(256);
    // The heap grows in steps (about a fifth at a time), so it ends a little past the limit.
    expect(usedMB).toBeLessThan(512);
    expect(runtime.spawnCount).toBe(spawnsBefore + 1);
    await expectUsable();
  });

  // A runner is another process: cancel stops it and starts a new one (the
  // browser's worker uses a shared interrupt buffer instead).
  it("cancels a running operation by replacing the runner process", async () => {
    const spawnsBefore = runtime.spawnCount;
    const pending = run("import time\nwhile True:\n    time.sleep(0.01)\n", 10_000);
    setTimeout(() => runtime.cancel(), 300);
    const result = await pending;
    expect(result.error?.kind).toBe("cancelled");
    expect(runtime.spawnCount).toBe(spawnsBefore + 1);
    await expectUsable();
  });

  it("honours an AbortSignal", async () => {
    const spawnsBefore = runtime.spawnCount;
    const controller = new AbortController();
    const pending = runtime.runProgram(main("while True:\n    pass\n"), "main.py", { signal: controller.signal, timeoutMs: 10_000 });
    setTimeout(() => controller.abort(), 200);
    expect((await pending).error?.kind).toBe("cancelled");
    expect(runtime.spawnCount).toBe(spawnsBefore + 1);
    await expectUsable();
  });

  it("drops operations still waiting when cancel is pressed", async () => {
    const looping = run("while True:\n    pass\n", 10_000);
    const queued = run("print('should not run')\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    runtime.cancel();
    expect((await looping).error?.kind).toBe("cancelled");
    expect(await queued).toMatchObject({ stdout: "", error: { kind: "cancelled" } });
    await expectUsable();
  });

  it("stops only its own operation when an AbortSignal fires", async () => {
    const controller = new AbortController();
    const looping = runtime.runProgram(main("while True:\n    pass\n"), "main.py", { signal: controller.signal, timeoutMs: 10_000 });
    const other = run("print('other')\n");
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    expect((await looping).error?.kind).toBe("cancelled");
    expect(await other).toMatchObject({ stdout: "other\n", error: null });
  });

  it("cancels an operation that is waiting for Python to start again", async () => {
    await run("hog = bytearray(400 * 2**20)\n", 10_000); // replaces the worker: the next run waits for a boot
    const pending = run("print('too late')\n");
    runtime.cancel();
    expect(await pending).toMatchObject({ stdout: "", error: { kind: "cancelled" } });
    await expectUsable();
  });

  it("blocks the JavaScript bridges and the harness for learner code", async () => {
    for (const name of ["js", "pyodide.code", "pyodide_js", "course_pytest_plugin"]) {
      const result = await run(`import ${name}\n`);
      expect(result.error?.kind, name).toBe("import");
    }
  });
});

describe("isolation between runs", () => {
  it("unloads learner modules, so an edited file is re-imported", async () => {
    await runtime.runProgram({ "main.py": "import util\nprint(util.VALUE)", "util.py": "VALUE = 1" }, "main.py");
    const second = await runtime.runProgram({ "main.py": "import util\nprint(util.VALUE)", "util.py": "VALUE = 2" }, "main.py");
    expect(second.stdout).toBe("2\n");
  });

  it("empties the working directory and scratch dirs between runs", async () => {
    await run("open('left.txt', 'w').write('x')\nopen('/tmp/left.txt', 'w').write('x')\n");
    const second = await run("import os\nprint(sorted(os.listdir('.')), os.path.exists('/tmp/left.txt'), os.getcwd())\n");
    expect(second.stdout).toBe("['main.py'] False /sandbox/work\n");
  });

  it("undoes monkeypatches of libraries, builtins, environment and sys.path", async () => {
    await run(
      [
        "import json, os, sys, builtins, fastapi",
        "json.dumps = lambda *a, **k: 'patched'",
        "fastapi.FastAPI.openapi = lambda self: {'patched': True}",
        "builtins.print = lambda *a, **k: None",
        "os.environ['LEAK'] = '1'",
        "sys.path.append('/leak')",
        "sys.setrecursionlimit(50)",
      ].join("\n"),
    );
    const second = await run(
      "import json, os, sys, fastapi\nprint(json.dumps([1]), 'LEAK' in os.environ, '/leak' in sys.path, sys.getrecursionlimit() > 50, fastapi.FastAPI.openapi.__name__)\n",
    );
    expect(second.stdout).toBe("[1] False False True openapi\n");
  });

  it("shows a compile-time SyntaxWarning on every run, not only the first", async () => {
    const files = { "main.py": "import helper\nprint(helper.PATTERN)\n", "helper.py": 'PATTERN = "\\d+"\n' };
    for (let i = 0; i < 2; i += 1) {
      const result = await runtime.runProgram(files, "main.py");
      expect(result.stdout).toBe("\\d+\n");
      expect(result.stderr).toContain('SyntaxWarning: "\\d" is an invalid escape sequence');
    }
  });

  it("recomputes a class's copy cache instead of keeping the one a run left", async () => {
    const show = "import fastapi.params as p\nprint(p.Query.__dict__.get('__slotnames__'))\n";
    const before = await run(show);
    await run("import fastapi.params as p\np.Query.__slotnames__ = ['evil']\n");
    const after = await run(show);
    expect(after.stdout).not.toContain("evil");
    await run("import copy, fastapi\ncopy.copy(fastapi.Query())\n");
    const copied = await run(show);
    expect(copied.stdout).not.toContain("evil");
    expect(before.ok && after.ok && copied.ok).toBe(true);
  });

  it("does not keep FastAPI app state from a previous run", async () => {
    const files = {
      "app.py": "from fastapi import FastAPI\napp = FastAPI()\nhits = []\n@app.get('/')\ndef home():\n    hits.append(1)\n    return len(hits)\n",
    };
    const first = await runtime.callApp(files, "app.py", { method: "GET", path: "/" });
    const second = await runtime.callApp(files, "app.py", { method: "GET", path: "/" });
    expect(first.response?.json).toBe(1);
    expect(second.response?.json).toBe(1);
  });
});
