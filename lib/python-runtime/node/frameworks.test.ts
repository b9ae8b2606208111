// Real Flask and FastAPI apps graded through pytest inside the sandbox, and
// called over HTTP through the facade. Boots one Pyodide for the whole file.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeRuntime, type WorkerRuntime } from "./index";
import { readPythonFolder } from "./python-folder";
import { upstreamVersion } from "../../../scripts/python-bundle/pin.mjs";

const fixtures = path.resolve(__dirname, "../../../tests/fixtures/python");
let runtime: WorkerRuntime;

beforeAll(async () => {
  runtime = createNodeRuntime({ timeoutMs: 15_000 });
  await runtime.boot();
}, 120_000);

afterAll(() => runtime.dispose());

describe("the container", () => {
  it("reports Python 3.14.2 and the pinned FastAPI, Pydantic and SQLAlchemy, on the pure pydantic-core, at boot", () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, "../bundle/manifest.json"), "utf8")) as { packages: { name: string; version: string }[] };
    const pinned = (name: string) => upstreamVersion(manifest.packages.find((p) => p.name === name)!.version);
    const info = runtime.bootInfo!;
    expect(info.python).toBe("3.14.2");
    expect(info.pydanticCore).toBe("pure");
    for (const name of ["fastapi", "starlette", "pydantic", "pytest", "sqlalchemy", "sqlmodel", "flask-sqlalchemy"]) {
      expect([name, info.versions[name]]).toEqual([name, pinned(name)]);
    }
    // What the course teaches against (issue 15): a new pin is a decision, not a side effect.
    expect([info.versions.fastapi, info.versions.pydantic]).toEqual(["0.143.3", "2.13.5"]);
  });
});

describe("the baseline's objects are frozen for the garbage collector", () => {
  // A full collection then skips the libraries' objects (pytest runs two per session); see course_isolation.py.
  const frozen = { "m.py": "import gc\nprint(gc.get_freeze_count() > 10_000)\n" };

  it("is frozen in every run, and frozen again after learner code unfreezes it", async () => {
    expect((await runtime.runProgram(frozen, "m.py")).stdout).toBe("True\n");
    const unfreeze = await runtime.runProgram({ "m.py": "import gc\ngc.unfreeze()\nprint(gc.get_freeze_count())\n" }, "m.py");
    expect(unfreeze.stdout).toBe("0\n");
    expect((await runtime.runProgram(frozen, "m.py")).stdout).toBe("True\n");
  });
});

describe("pytest inside the sandbox", () => {
  it("passes the FastAPI fixture: sync and async endpoints, Depends with yield, 422, OpenAPI", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "fastapi-items"));
    const report = await runtime.runTests(files, tests);
    expect(report.error).toBeNull();
    expect(report.summary).toEqual({ total: 6, passed: 6, failed: 0, errors: 0, skipped: 0 });
    expect(report.ok).toBe(true);
    const names = report.tests.map((t) => t.id);
    expect(names).toContain("test_app.py::test_dependency_with_yield_closes");
    expect(report.tests.find((t) => t.name === "test_invalid_item_is_422")?.description).toBe(
      "A negative price is rejected by validation with 422.",
    );
  });

  it("passes the Flask fixture, including a form post", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "flask-todos"));
    const report = await runtime.runTests(files, tests);
    expect(report.summary).toMatchObject({ total: 4, passed: 4 });
    expect(report.ok).toBe(true);
  });

  it("reports a failing assertion with pytest's message and the learner's traceback", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "fastapi-items"));
    // A learner bug: the create endpoint forgets status_code=201.
    const buggy = { ...files, "app.py": files["app.py"].replace('@app.post("/items", status_code=201', '@app.post("/items"') };
    const report = await runtime.runTests(buggy, tests);
    const failed = report.tests.find((t) => t.name === "test_create_returns_201");
    expect(failed?.outcome).toBe("failed");
    expect(failed?.message).toMatch(/^assert 200 == 201/);
    expect(report.ok).toBe(false);
    expect(report.summary.failed).toBe(1);
  });

  it("points a learner exception at the learner's file and line", async () => {
    const files = { "shop.py": "def total(prices):\n    return sum(prices) / len(prices)\n" };
    const tests = { "test_shop.py": "from shop import total\n\ndef test_empty():\n    assert total([]) == 0\n" };
    const report = await runtime.runTests(files, tests);
    const [test] = report.tests;
    expect(test.outcome).toBe("failed");
    expect(test.message).toBe("ZeroDivisionError: division by zero");
    expect(test.traceback).toEqual(['File "shop.py", line 2, in total: return sum(prices) / len(prices)']);
  });

  it("turns a learner SyntaxError found while collecting into a structured error", async () => {
    const report = await runtime.runTests(
      { "app.py": "def broken(:\n    pass\n" },
      { "test_app.py": "import app\n\ndef test_x():\n    assert True\n" },
    );
    expect(report.ok).toBe(false);
    expect(report.error).toMatchObject({ kind: "syntax", file: "app.py", line: 1 });
  });

  it("reports fixture errors as errors and skips as skipped", async () => {
    const tests = {
      "test_mixed.py": [
        "import pytest",
        "@pytest.fixture\ndef broken():\n    raise RuntimeError('no db')",
        "def test_uses_broken(broken):\n    pass",
        "@pytest.mark.skip(reason='later')\ndef test_skipped():\n    pass",
        "def test_ok():\n    pass",
      ].join("\n\n"),
    };
    const report = await runtime.runTests({}, tests);
    expect(report.summary).toEqual({ total: 3, passed: 1, failed: 0, errors: 1, skipped: 1 });
    expect(report.tests.find((t) => t.name === "test_uses_broken")?.message).toBe("RuntimeError: no db");
    expect(report.tests.find((t) => t.name === "test_skipped")?.message).toBe("later");
  });

  it("rewrites an edited test file again, and repeats pytest's warnings on every run", async () => {
    const tests = (expected: number) => ({
      "test_edit.py": `def test_value():\n    assert 1 + 1 == ${expected}\n\ndef test_tuple():\n    assert (1 == 2, "always true")\n`,
    });
    for (const expected of [3, 3, 2]) {
      const report = await runtime.runTests({}, tests(expected));
      const value = report.tests.find((t) => t.name === "test_value");
      expect(value?.outcome).toBe(expected === 2 ? "passed" : "failed");
      if (expected === 3) expect(value?.message).toMatch(/^assert \(1 \+ 1\) == 3/);
      expect(report.warnings).toEqual([expect.stringMatching(/^test_edit\.py:5: PytestAssertRewriteWarning: assertion is always true/)]);
      // pytest's own terminal report is not the learner's output.
      expect(report.stdout).toBe("");
    }
  });

  it("keeps what each test printed as its own output, and module-level prints in the run's output", async () => {
    const files = { "app.py": "print('importing app')\n\ndef double(x):\n    print(f'double({x})')\n    return 2 * x\n" };
    const tests = {
      "test_out.py": [
        "import sys\nfrom app import double",
        "def test_quiet():\n    assert double(1) == 2",
        "def test_loud():\n    print('to stderr', file=sys.stderr)\n    assert double(2) == 5",
      ].join("\n\n"),
    };
    const report = await runtime.runTests(files, tests);
    const output = Object.fromEntries(report.tests.map((t) => [t.name, t.output]));
    expect(output).toEqual({ test_quiet: "double(1)\n", test_loud: "to stderr\ndouble(2)\n" });
    expect(report.stdout).toBe("importing app\ndouble(1)\ndouble(2)\n");
    expect(report.stderr).toBe("to stderr\n");
  });

  it("names the exception behind a Flask 500 and points at the learner's line", async () => {
    const files = { "app.py": "from flask import Flask\n\napp = Flask(__name__)\n\n@app.get('/ratio')\ndef ratio():\n    return {'ratio': 1 / 0}\n" };
    const tests = { "test_ratio.py": "from app import app\n\ndef test_ratio():\n    assert app.test_client().get('/ratio').status_code == 200\n" };
    const [test] = (await runtime.runTests(files, tests)).tests;
    expect(test.message).toMatch(/^Your code raised ZeroDivisionError: division by zero while answering a request\.\nassert 500 == 200/);
    expect(test.traceback).toEqual(['File "app.py", line 7, in ratio: return {\'ratio\': 1 / 0}']);
    // Flask's own log of the error is part of what the test printed.
    expect(test.output).toMatch(/Exception on \/ratio \[GET\][\s\S]*ZeroDivisionError/);
  });

  it("honours a learner conftest's options and hooks, and forgets them in the next run", async () => {
    const conftest = [
      "def pytest_addoption(parser):",
      "    parser.addoption('--flavour', default='vanilla')",
      "def pytest_collection_modifyitems(config, items):",
      "    items.reverse()",
    ].join("\n");
    const tests = {
      "test_order.py": [
        "def test_first(request):\n    assert request.config.getoption('--flavour') == 'vanilla'",
        "def test_second():\n    pass",
      ].join("\n\n"),
    };
    const withConftest = await runtime.runTests({}, { ...tests, "conftest.py": conftest });
    expect(withConftest.tests.map((t) => [t.name, t.outcome])).toEqual([
      ["test_second", "passed"],
      ["test_first", "passed"],
    ]);
    const without = await runtime.runTests({}, tests);
    expect(without.tests.map((t) => [t.name, t.outcome])).toEqual([
      ["test_first", "failed"],
      ["test_second", "passed"],
    ]);
    expect(without.tests[0].message).toMatch(/no option named '--flavour'/);
  });
});

describe("pytest started by a program", () => {
  it("runs pytest.main with pytest's default options (file-descriptor capture, faulthandler)", async () => {
    const files = {
      "main.py": "import pytest\nprint('exit', pytest.main(['-q', '-p', 'no:cacheprovider', 'test_one.py']))\n",
      "test_one.py": "def test_one():\n    assert 1 + 1 == 2\n",
    };
    const result = await runtime.runProgram(files, "main.py");
    expect(result.error).toBeNull();
    expect(result.stdout).toMatch(/1 passed/);
    expect(result.stdout).toMatch(/exit 0\n$/);
  });
});

describe("Starlette 1.x TestClient without threads", () => {
  it("streams, stops reading early, re-raises errors after the response started, and runs WebSockets", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "starlette-streams"));
    const report = await runtime.runTests(files, tests);
    expect(report.error).toBeNull();
    expect(report.tests.filter((t) => t.outcome !== "passed")).toEqual([]);
    expect(report.summary.passed).toBe(7);
  });
});

describe("callApp and openApi", () => {
  it("calls a FastAPI app with a JSON body and returns status, headers and parsed JSON", async () => {
    const { files } = await readPythonFolder(path.join(fixtures, "fastapi-items"));
    const created = await runtime.callApp(files, "app.py", { method: "POST", path: "/items", json: { name: "pen", price: 2 } });
    expect(created.framework).toBe("fastapi");
    expect(created.response?.status).toBe(201);
    expect(created.response?.headers["content-type"]).toBe("application/json");
    expect(created.response?.json).toEqual({ id: 1, name: "pen", price: 2 });

    const invalid = await runtime.callApp(files, "app.py", { method: "GET", path: "/items", query: { limit: "0" } });
    expect(invalid.response?.status).toBe(422);
  });

  it("calls a Flask app with JSON and with a form body", async () => {
    const { files } = await readPythonFolder(path.join(fixtures, "flask-todos"));
    const created = await runtime.callApp(files, "app.py", { method: "POST", path: "/todos", json: { title: "x" } });
    expect(created).toMatchObject({ ok: true, framework: "flask", response: { status: 201, json: { id: 1, title: "x", done: false } } });
    const form = await runtime.callApp(files, "app.py", { method: "POST", path: "/login", form: { name: "ada" } });
    expect(form.response?.json).toEqual({ hello: "ada" });
  });

  it("returns the FastAPI OpenAPI document and refuses one for Flask", async () => {
    const fastapi = await readPythonFolder(path.join(fixtures, "fastapi-items"));
    const doc = await runtime.openApi(fastapi.files, "app.py");
    expect(doc.response?.status).toBe(200);
    expect((doc.response?.json as { info: { title: string } }).info.title).toBe("Items");
    const flask = await readPythonFolder(path.join(fixtures, "flask-todos"));
    const none = await runtime.openApi(flask.files, "app.py");
    expect(none.ok).toBe(false);
    expect(none.error?.kind).toBe("no-app");
  });

  it("reports a module without an app as kind no-app", async () => {
    const result = await runtime.callApp({ "main.py": "x = 1\n" }, "main.py", { method: "GET", path: "/" });
    expect(result.error).toMatchObject({ kind: "no-app" });
    expect(result.error?.message).toContain("main.py has no `app` object");
  });

  it("turns an unhandled exception in an endpoint into an error with the learner's frame", async () => {
    const files = { "app.py": "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/')\ndef home():\n    return {'x': 1 / 0}\n" };
    const result = await runtime.callApp(files, "app.py", { method: "GET", path: "/" });
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ kind: "exception", type: "ZeroDivisionError", file: "app.py", line: 5 });
  });
});

describe("async code without threads", () => {
  it("runs Flask async views, FastAPI lifespan and asyncio.run", async () => {
    const files = {
      "flask_app.py": [
        "import asyncio",
        "from flask import Flask",
        "app = Flask(__name__)",
        "@app.get('/slow')",
        "async def slow():",
        "    await asyncio.sleep(0.01)",
        "    return {'slept': True}",
      ].join("\n"),
      "fastapi_app.py": [
        "from contextlib import asynccontextmanager",
        "from fastapi import FastAPI",
        "state = {}",
        "@asynccontextmanager",
        "async def lifespan(app):",
        "    state['ready'] = True",
        "    yield",
        "    state['ready'] = False",
        "app = FastAPI(lifespan=lifespan)",
        "@app.get('/ready')",
        "async def ready():",
        "    return state",
      ].join("\n"),
    };
    const tests = {
      "test_async.py": [
        "import asyncio",
        "from fastapi.testclient import TestClient",
        "import fastapi_app, flask_app",
        "def test_flask_async_view():",
        "    assert flask_app.app.test_client().get('/slow').json == {'slept': True}",
        "def test_lifespan_runs():",
        "    with TestClient(fastapi_app.app) as client:",
        "        assert client.get('/ready').json() == {'ready': True}",
        "    assert fastapi_app.state == {'ready': False}",
        "def test_asyncio_run():",
        "    async def add(a, b):",
        "        await asyncio.sleep(0)",
        "        return a + b",
        "    assert asyncio.run(add(2, 3)) == 5",
      ].join("\n"),
    };
    const report = await runtime.runTests(files, tests);
    expect(report.tests.map((t) => [t.name, t.outcome, t.message])).toEqual([
      ["test_flask_async_view", "passed", null],
      ["test_lifespan_runs", "passed", null],
      ["test_asyncio_run", "passed", null],
    ]);
  });
});

describe("@pytest.mark.anyio (FastAPI's async tests)", () => {
  it("runs async tests with an async fixture around httpx.AsyncClient", async () => {
    const files = {
      "app.py": "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/')\nasync def root():\n    return {'message': 'Tomato'}\n",
    };
    const tests = {
      "test_async_client.py": [
        "import pytest",
        "from httpx import ASGITransport, AsyncClient",
        "from app import app",
        "@pytest.fixture",
        "async def client():",
        "    async with AsyncClient(transport=ASGITransport(app=app), base_url='http://test') as ac:",
        "        yield ac",
        "@pytest.mark.anyio",
        "async def test_root(client):",
        "    response = await client.get('/')",
        "    assert response.status_code == 200",
        "    assert response.json() == {'message': 'Tomato'}",
        "@pytest.mark.anyio",
        "async def test_fails_visibly(client):",
        "    response = await client.get('/missing')",
        "    assert response.status_code == 200",
      ].join("\n"),
    };
    const report = await runtime.runTests(files, tests);
    expect(report.tests.map((t) => [t.name, t.outcome])).toEqual([
      ["test_root[asyncio]", "passed"],
      ["test_fails_visibly[asyncio]", "failed"],
    ]);
    expect(report.tests[1].message).toMatch(/^assert 404 == 200/);
  });
});

describe("choosing tests and the order they run in", () => {
  // A module-level list: each call sees what earlier calls added.
  const files = { "app.py": "items = []\n\ndef add(x):\n    items.append(x)\n    return len(items)\n" };
  const tests = {
    "test_a.py": "from app import add\n\ndef test_first():\n    assert add('a') == 1\n\ndef test_second():\n    assert add('b') == 1\n",
    "test_b.py": "from app import add\n\ndef test_other():\n    assert add('c') == 1\n",
  };
  const outcomes = (report: { tests: { id: string; outcome: string }[] }) => report.tests.map((t) => [t.id, t.outcome]);

  it("runs only the node ids asked for, or the tests a -k expression matches", async () => {
    expect(outcomes(await runtime.runTests(files, tests, { select: ["test_a.py::test_second"] }))).toEqual([
      ["test_a.py::test_second", "passed"],
    ]);
    expect(outcomes(await runtime.runTests(files, tests, { keyword: "second or other" }))).toEqual([
      ["test_a.py::test_second", "passed"],
      ["test_b.py::test_other", "failed"],
    ]);
  });

  it("reads the project's pytest settings: pytest.ini, or [tool.pytest.ini_options] in pyproject.toml", async () => {
    const checks = { "test_x.py": "def check_one():\n    assert True\n\ndef test_not_collected():\n    assert False\n" };
    const variants: Record<string, string>[] = [
      { "pytest.ini": "[pytest]\npython_functions = check_*\n" },
      { "pyproject.toml": '[tool.pytest.ini_options]\npython_functions = ["check_*"]\n' },
    ];
    for (const settings of variants) {
      expect(outcomes(await runtime.runTests(settings, checks))).toEqual([["test_x.py::check_one", "passed"]]);
    }
    expect(outcomes(await runtime.runTests({}, checks))).toEqual([["test_x.py::test_not_collected", "failed"]]);
  });

  it("refuses a selection outside the run's test files, and says when -k matches nothing", async () => {
    const outside = await runtime.runTests(files, tests, { select: ["../etc/passwd::x"] });
    expect([outside.ok, outside.error?.message]).toEqual([false, expect.stringMatching(/does not name a test in this run's test files \(test_a.py, test_b.py\)/)]);
    const option = await runtime.runTests(files, tests, { select: ["--help"] });
    expect(option.error?.message).toMatch(/does not name a test/);
    const none = await runtime.runTests(files, tests, { keyword: "nothing_like_this" });
    expect(none.error?.message).toBe("No tests were found matching -k 'nothing_like_this' in test_a.py, test_b.py.");
  });

  it("gives each run a fresh import: a run's verdict does not depend on the runs before it", async () => {
    const visible = { "test_a.py": tests["test_a.py"] };
    const first = outcomes(await runtime.runTests(files, visible));
    await runtime.runTests(files, { "test_b.py": tests["test_b.py"] }); // the "hidden" run, leaving an item behind
    expect(outcomes(await runtime.runTests(files, visible))).toEqual(first);
    expect(first).toEqual([["test_a.py::test_first", "passed"], ["test_a.py::test_second", "failed"]]);
  });
});

describe("threads", () => {
  it("says why a thread cannot start, in a run's error and in a failed test", async () => {
    const because = "RuntimeError: can't start new thread: Python here runs in WebAssembly, which has no threads. Call the function directly, or use asyncio.";
    const run = await runtime.runProgram({ "main.py": "import threading\nthreading.Thread(target=print).start()\n" }, "main.py");
    expect(run.error?.message).toBe(because);
    const report = await runtime.runTests({}, { "test_pool.py": "from concurrent.futures import ThreadPoolExecutor\n\ndef test_pool():\n    ThreadPoolExecutor().submit(print).result()\n" });
    expect(report.tests[0].message).toBe(because);
  });
});

describe("errno numbers in messages", () => {
  // Emscripten's ENOENT is 44; a learner on Linux reads "[Errno 2]".
  it("gives an OSError's number as Linux does, in a run's error and in a failed test", async () => {
    const run = await runtime.runProgram({ "main.py": "open('missing.txt')\n" }, "main.py");
    expect(run.error?.message).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'");
    const report = await runtime.runTests({}, { "test_files.py": "import os\n\ndef test_remove():\n    os.rmdir('no-such-dir')\n" });
    expect(report.tests[0].message).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'no-such-dir'");
  });
});

describe("a Flask app mounted in FastAPI (WSGIMiddleware)", () => {
  // The WSGI app runs "in a worker thread" (inline here) and sends its response back through anyio.from_thread.
  it("answers through both frameworks", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "fastapi-mounts-flask"));
    const report = await runtime.runTests(files, tests);
    expect(report.error).toBeNull();
    expect(report.tests.map((t) => [t.name, t.outcome])).toEqual([
      ["test_fastapi_route", "passed"],
      ["test_mounted_flask_routes", "passed"],
      ["test_mounted_flask_404", "passed"],
    ]);
  });

  it("says why when code in a worker call waits for the event loop, instead of hanging", async () => {
    const app = [
      "import asyncio, anyio, anyio.from_thread, anyio.to_thread",
      "",
      "async def main():",
      "    await anyio.to_thread.run_sync(lambda: anyio.from_thread.run(anyio.sleep, 0.01))",
      "",
      "asyncio.run(main())",
    ].join("\n");
    const run = await runtime.runProgram({ "main.py": app }, "main.py");
    expect(run.error?.message).toMatch(/waited for the event loop \(anyio.from_thread.run\), which the sandbox cannot do without threads/);
  });
});

describe("WebSocket sessions that talk to each other", () => {
  it("relays between two connections of one TestClient, with and without `with TestClient(app)`", async () => {
    const { files, tests } = await readPythonFolder(path.join(fixtures, "fastapi-websocket-relay"));
    const report = await runtime.runTests(files, tests);
    expect(report.tests.map((t) => [t.name, t.outcome])).toEqual([
      ["test_relay_without_context_manager", "passed"],
      ["test_relay_with_context_manager", "passed"],
    ]);
  });
});

describe("event loops that learner code starts itself", () => {
  it("runs anyio.run, asyncio.Runner, asyncio.new_event_loop and asyncio.run as CPython does", async () => {
    const code = [
      "import anyio, asyncio",
      "async def double(x):",
      "    await anyio.sleep(0.01)",
      "    return x * 2",
      "print(anyio.run(double, 21))",
      "with asyncio.Runner() as runner:",
      "    print(runner.run(double(5)))",
      "loop = asyncio.new_event_loop()",
      "print(loop.run_until_complete(double(1)))",
      "loop.close()",
      "print(asyncio.run(double(3)))",
      "print(asyncio.get_event_loop_policy() is not None and not asyncio._get_running_loop())",
    ].join("\n");
    const run = await runtime.runProgram({ "main.py": code }, "main.py");
    expect([run.error, run.stdout]).toEqual([null, "42\n10\n2\n6\nTrue\n"]);
  });
});
