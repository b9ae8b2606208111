"""The sandbox's single entry point, called by the worker engine (engine.mjs).

    boot(config_json)            once, after the package bundle is unpacked
    resume(config_json)          instead of boot, in an interpreter restored
                                 from a memory snapshot taken after boot
    run(op, payload_json, emit)  one operation; returns a JSON string

The same file runs in the browser worker and in Node, so a verdict is the same
everywhere. Results use the shapes of lib/python-runtime/types.ts.
"""

import asyncio
import io
import json
import os
import random
import runpy
import signal
import sys
import time

import course_no_network

course_no_network.install()

import pytest  # noqa: E402

import course_event_loop  # noqa: E402
import course_speedups  # noqa: E402
from course_anyio_plugin import AnyioPlugin  # noqa: E402
from course_errors import WORKDIR, describe  # noqa: E402
from course_http import NoApp, call_app, call_asgi, find_app, openapi_path  # noqa: E402
from course_isolation import Baseline  # noqa: E402
from course_output import CappedStream, OutputBudget, OutputLimitExceeded  # noqa: E402
from course_pytest_plugin import ReportCollector  # noqa: E402

_state = {"baseline": None, "limits": {"outputLimitBytes": 256 * 1024}, "info": None, "learner_code_running": False}

# engine.mjs raises this signal while the wasm heap is over the memory limit.
MEMORY_SIGNAL = 10

PYTEST_ARGS = [
    "-q",
    "--no-header",
    "-p", "no:cacheprovider",
    "-p", "no:faulthandler",
    "-p", "no:pastebin",
    "-p", "no:anyio",  # replaced by course_anyio_plugin
    # The collector captures output itself, through the run's capped streams
    # (one output cap for programs and tests alike); see course_pytest_plugin.
    "--capture=no",
    "--tb=short",
    "-o", "console_output_style=classic",
]


class _TerminalSink(io.TextIOBase):
    """Where pytest's own terminal report goes: the results are read from the
    collector, and the report would repeat (and for hidden tests, quote) them."""

    def writable(self):
        return True

    def write(self, text):
        return len(text)

WARM_UP_FILES = {
    "warm_flask.py": (
        "from flask import Flask, jsonify\n"
        "app = Flask(__name__)\n"
        "@app.get('/')\n"
        "def index():\n    return jsonify(ok=True)\n"
    ),
    "warm_fastapi.py": (
        "from fastapi import Depends, FastAPI\n"
        "from pydantic import BaseModel\n"
        "app = FastAPI()\n"
        "class Item(BaseModel):\n    name: str\n"
        "def db():\n    yield {}\n"
        "@app.post('/items', status_code=201)\n"
        "def create(item: Item, store: dict = Depends(db)):\n    return item\n"
        "@app.get('/async')\n"
        "async def hello():\n    return {'ok': True}\n"
    ),
}
WARM_UP_TESTS = {
    "test_warm_up.py": (
        "from fastapi.testclient import TestClient\n"
        "import warm_fastapi, warm_flask\n"
        "def test_flask():\n    assert warm_flask.app.test_client().get('/').json == {'ok': True}\n"
        "def test_fastapi():\n"
        "    client = TestClient(warm_fastapi.app)\n"
        "    assert client.post('/items', json={'name': 'a'}).status_code == 201\n"
        "    assert client.post('/items', json={}).status_code == 422\n"
        "    assert client.get('/async').json() == {'ok': True}\n"
        "    assert client.get('/openapi.json').status_code == 200\n"
    ),
}


def boot(config_json):
    """Installs the sandbox adaptations, warms the libraries up, then records
    the state every later run starts from."""
    config = json.loads(config_json)
    _configure(config)
    sys.dont_write_bytecode = True
    sys.setrecursionlimit(int(config.get("recursionLimit") or 1000))
    os.makedirs(WORKDIR, exist_ok=True)
    _use_usr_prefix()
    course_event_loop.install()
    course_speedups.install()

    info = {"python": sys.version.split()[0], "versions": _versions(), "pydanticCore": _pydantic_core_kind()}
    if config.get("warmUp", True):
        started = time.perf_counter()
        report = json.loads(run("runTests", json.dumps({"files": WARM_UP_FILES, "tests": WARM_UP_TESTS}), _silent_emit))
        if not report["ok"]:
            raise RuntimeError("sandbox self-check failed: " + json.dumps(report)[:4000])
        info["warmUpMs"] = round((time.perf_counter() - started) * 1000)
        _clear_workdir()
        for name in [n for n, m in sys.modules.items() if (getattr(m, "__file__", None) or "").startswith(WORKDIR)]:
            del sys.modules[name]
    os.chdir("/")
    baseline = Baseline()
    baseline.capture()
    _state["baseline"] = baseline
    _state["info"] = info
    return json.dumps(info)


def resume(config_json):
    """The interpreter was restored from a snapshot taken at the end of boot():
    libraries are imported and warm, the baseline is captured. Only settings
    of this particular runtime are applied."""
    if _state["baseline"] is None:
        raise RuntimeError("resume() needs a snapshot taken after boot()")
    _configure(json.loads(config_json))
    _use_usr_prefix()  # the snapshot holds sys.prefix, not the file system's links
    # Every copy of a snapshot would otherwise draw the same random numbers.
    random.seed()
    return json.dumps(dict(_state["info"], warmUpMs=0))


def _use_usr_prefix():
    """Pyodide installs Python at "/", so the learner's folder lay inside
    sys.prefix and Flask took every app for an installed package (its instance
    folder became /var/<name>-instance instead of instance/ beside the app).
    CPython on Linux lives under /usr: the prefix says so, and /usr/lib links
    to Pyodide's lib so that paths derived from it (sysconfig) exist."""
    os.makedirs("/usr/lib", exist_ok=True)
    for name in os.listdir("/lib"):
        link = os.path.join("/usr/lib", name)
        if name.startswith("python") and not os.path.lexists(link):
            os.symlink(os.path.join("/lib", name), link)
    sys.prefix = sys.exec_prefix = sys.base_prefix = sys.base_exec_prefix = "/usr"


def _over_memory_limit(signum, frame):
    # Only learner code is stopped by it, never the clean-up after a run.
    if _state["learner_code_running"]:
        raise MemoryError("the code tried to use more memory than the sandbox allows")


def _install_signal_handlers():
    """Every run, because learner code may have replaced them."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(MEMORY_SIGNAL, _over_memory_limit)


def _configure(config):
    _state["limits"]["outputLimitBytes"] = int(config.get("outputLimitBytes") or 256 * 1024)


def _versions():
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in (
        "flask", "werkzeug", "fastapi", "starlette", "pydantic", "pydantic-core", "httpx", "httpx2", "pytest", "anyio",
        "sqlalchemy", "sqlmodel", "flask-sqlalchemy",
    ):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            pass
    return found


def _pydantic_core_kind():
    """"pure" when pydantic-core's core module is the bundle's Python package,
    "native" for a compiled extension module."""
    from pydantic_core import _pydantic_core

    return "pure" if os.path.basename(_pydantic_core.__file__ or "") == "__init__.py" else "native"


def _silent_emit(stream, text):
    pass


def _clear_workdir():
    for root, dirs, files in os.walk(WORKDIR, topdown=False):
        for name in files:
            os.unlink(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))


def _write_files(files):
    for name, content in files.items():
        path = os.path.normpath(os.path.join(WORKDIR, name))
        # Any text file of the project (templates, static files, data); only
        # the place is checked: inside the working folder, never above it.
        if not path.startswith(WORKDIR + "/") or name.startswith("/"):
            raise ValueError(f"unsupported file name {name!r}: use relative paths like 'app.py' or 'templates/home.html'")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(content)


def _run_program(payload, emit, budget):
    entry = payload["entry"]
    files = payload["files"]
    if entry not in files:
        return {"error": {"kind": "exception", "message": f"{entry} is not one of the files given.", "traceback": []}}
    sys.argv[:] = [entry]
    try:
        runpy.run_path(os.path.join(WORKDIR, entry), run_name="__main__")
    except BaseException as exc:  # noqa: BLE001 - every outcome becomes a result
        return {"error": describe(exc, set(files), _state["limits"])}
    return {"error": None}


def _run_tests(payload, emit, budget):
    files, tests = payload["files"], payload["tests"]
    learner_streams = (sys.stdout, sys.stderr)
    collector = ReportCollector(set(files), _state["limits"], learner_streams, budget)
    test_files = sorted(name for name in tests if name.endswith(".py") and os.path.basename(name) != "conftest.py")
    targets, problem = _selected_targets(test_files, payload.get("select"))
    if problem:
        return _no_run(problem)
    keyword = payload.get("keyword")
    if keyword is not None and (not isinstance(keyword, str) or not keyword.strip() or len(keyword) > 500):
        return _no_run("The -k expression must be non-empty text of at most 500 characters.")
    options = ["-k", keyword] if keyword else []
    exit_code = None
    error = None
    # pytest binds its terminal reporter to sys.stdout while it configures
    # itself; the collector hands the streams back to the learner's code.
    sys.stdout = sys.stderr = _TerminalSink()
    try:
        exit_code = pytest.main(PYTEST_ARGS + ["--rootdir", WORKDIR] + options + targets, plugins=[collector, AnyioPlugin()])
    except BaseException as exc:  # noqa: BLE001
        error = describe(exc, set(files), _state["limits"])
    finally:
        sys.stdout, sys.stderr = learner_streams
    if error is None and budget.truncated:
        error = describe(OutputLimitExceeded(), set(files), _state["limits"])
    cases = list(collector.cases.values())
    for case in cases:
        case["durationMs"] = round(case["durationMs"], 2)
    summary = {
        "total": len(cases),
        "passed": sum(c["outcome"] == "passed" for c in cases),
        "failed": sum(c["outcome"] == "failed" for c in cases),
        "errors": sum(c["outcome"] == "error" for c in cases),
        "skipped": sum(c["outcome"] == "skipped" for c in cases),
    }
    if error is None and collector.collection_errors:
        error = collector.collection_errors[0]
    if error is None and exit_code == 5:
        where = ", ".join(targets) or "the test files"
        chosen = f" matching -k {keyword!r}" if keyword else ""
        error = {"kind": "exception", "message": f"No tests were found{chosen} in {where}.", "traceback": []}
    ok = error is None and summary["total"] > 0 and summary["failed"] == 0 and summary["errors"] == 0
    return {"ok": ok, "summary": summary, "tests": cases, "warnings": collector.warnings, "error": error}


def _selected_targets(test_files, select):
    """pytest targets for a run: every test file, or the node ids asked for,
    each of which must name one of the run's test files (so a selection cannot
    reach outside the working folder or pass pytest an option)."""
    if select is None:
        return test_files, None
    if not isinstance(select, list) or not select or len(select) > 1000:
        return None, "A test selection must list between 1 and 1000 node ids."
    for node_id in select:
        path = node_id.split("::", 1)[0] if isinstance(node_id, str) else None
        if path not in test_files or len(node_id) > 1000:
            known = ", ".join(test_files) or "none"
            return None, f"{node_id!r} does not name a test in this run's test files ({known})."
    return list(select), None


def _no_run(message):
    summary = {"total": 0, "passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    error = {"kind": "exception", "message": message, "traceback": []}
    return {"ok": False, "summary": summary, "tests": [], "warnings": [], "error": error}


def _call_app(payload, emit, budget):
    files = payload["files"]
    try:
        framework, response = call_app(payload["entry"], payload["request"])
    except NoApp as exc:
        return {"response": None, "framework": None, "error": _no_app(exc)}
    except BaseException as exc:  # noqa: BLE001
        return {"response": None, "framework": None, "error": describe(exc, set(files), _state["limits"])}
    return {"response": response, "framework": framework, "error": None}


def _open_api(payload, emit, budget):
    files = payload["files"]
    try:
        path = openapi_path(payload["entry"])
        app, framework = find_app(payload["entry"])
        response = call_asgi(app, {"method": "GET", "path": path})
    except NoApp as exc:
        return {"response": None, "framework": None, "error": _no_app(exc)}
    except BaseException as exc:  # noqa: BLE001
        return {"response": None, "framework": None, "error": describe(exc, set(files), _state["limits"])}
    return {"response": response, "framework": framework, "error": None}


def _no_app(exc):
    return {"kind": "no-app", "message": str(exc), "traceback": []}


OPERATIONS = {
    "runProgram": _run_program,
    "runTests": _run_tests,
    "callApp": _call_app,
    "openApi": _open_api,
}


def run(op, payload_json, emit):
    """Runs one operation in a clean working directory and puts the interpreter
    back to its baseline afterwards, whatever the learner code did."""
    payload = json.loads(payload_json)
    started = time.perf_counter()
    budget = OutputBudget(_state["limits"]["outputLimitBytes"])
    stdout = CappedStream("stdout", emit, budget)
    stderr = CappedStream("stderr", emit, budget)
    baseline = _state["baseline"]
    files = dict(payload.get("files") or {})
    files.update(payload.get("tests") or {})
    # Pyodide marks its WebLoop as running at all times. Learner code runs as
    # it would under CPython, with no loop running, so that asyncio.Runner and
    # anyio.run start their own (see course_event_loop).
    pyodide_loop = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    try:
        _clear_workdir()
        _write_files(files)
        os.chdir(WORKDIR)
        sys.path.insert(0, WORKDIR)
        sys.stdout, sys.stderr = stdout, stderr
        if baseline is not None:
            baseline.enter_learner_mode()
        _install_signal_handlers()
        _state["learner_code_running"] = True
        result = OPERATIONS[op](payload, emit, budget)
    except ValueError as exc:
        result = {"error": {"kind": "exception", "message": str(exc), "traceback": []}}
    finally:
        _state["learner_code_running"] = False
        for stream in (stdout, stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001 - the emitter may be gone after an interrupt
                pass
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
        if baseline is not None:
            baseline.restore()
        _clear_workdir()
        asyncio.events._set_running_loop(pyodide_loop)
    result.update(
        stdout=stdout.getvalue(),
        stderr=stderr.getvalue(),
        truncated=budget.truncated,
        durationMs=round((time.perf_counter() - started) * 1000, 1),
    )
    return json.dumps(result, default=str)
