"""The native side of `npm run fidelity`: pytest on each test file of a
project folder in turn, in one CPython process (started by native_run.py with
the container's bundle on sys.path), as the product runs them: one run per
file, the project's own modules imported afresh for each.

usage: native_outcomes.py <folder> <seconds per file> <test file>...
Prints one JSON object: {node id: outcome}. A file still running after its
seconds is interrupted (as Ctrl+C would) and recorded as "<file>::*": "timeout";
progress goes to stderr."""

import io
import json
import os
import signal
import sys
import time
import typing

import pytest
from native_modules import forget_modules_under


class Outcomes:
    def __init__(self):
        self.outcomes = {}

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.outcome != "passed":
            previous = self.outcomes.get(report.nodeid)
            if previous in (None, "passed"):
                self.outcomes[report.nodeid] = "error" if report.when != "call" and report.failed else report.outcome


class FileTimedOut(KeyboardInterrupt):
    """A KeyboardInterrupt, so that pytest ends the session instead of failing one test and going on."""


def on_alarm(signum, frame):
    raise FileTimedOut()


def forget_project_modules(folder, baseline):
    forget_modules_under(folder, baseline)
    # typing's caches still hold generics of the forgotten modules, and their
    # __eq__ may run code of a module that no longer exists (dirty_equals'
    # does); the product's harness clears them after each run, a fresh process
    # starts without them.
    for clear in typing._cleanups:
        clear()


def main():
    folder, seconds, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    os.chdir(folder)
    sys.path.insert(0, folder)
    baseline = set(sys.modules)
    collector = Outcomes()
    signal.signal(signal.SIGALRM, on_alarm)
    for index, name in enumerate(files, 1):
        forget_project_modules(folder, baseline)
        stdout = sys.stdout
        sys.stdout = io.StringIO()
        started = time.monotonic()
        known = len(collector.outcomes)
        code = None
        signal.alarm(seconds)
        try:
            code = pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", folder, name], plugins=[collector])
        except FileTimedOut:
            collector.outcomes[f"{name}::*"] = "timeout"
        finally:
            signal.alarm(0)
            sys.stdout = stdout
        if time.monotonic() - started >= seconds:
            collector.outcomes[f"{name}::*"] = "timeout"
        took = time.monotonic() - started
        print(f"native {index}/{len(files)} {name} {took:.1f}s exit {int(code) if code is not None else '-'}, {len(collector.outcomes) - known} outcomes", file=sys.stderr, flush=True)
    print(json.dumps(collector.outcomes))


main()
