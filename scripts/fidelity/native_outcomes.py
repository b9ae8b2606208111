"""The native side of `npm run fidelity`: pytest on each test file of a
project folder in turn, in one CPython process (started by native_run.py with
the container's bundle on sys.path), as the product runs them: one run per
file, the project's own modules imported afresh for each.

usage: native_outcomes.py <folder> <test file>...
Prints one JSON object: {node id: outcome}."""

import io
import json
import os
import sys

import pytest


class Outcomes:
    def __init__(self):
        self.outcomes = {}

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or report.outcome != "passed":
            previous = self.outcomes.get(report.nodeid)
            if previous in (None, "passed"):
                self.outcomes[report.nodeid] = "error" if report.when != "call" and report.failed else report.outcome


def main():
    folder, files = sys.argv[1], sys.argv[2:]
    os.chdir(folder)
    sys.path.insert(0, folder)
    baseline = set(sys.modules)
    collector = Outcomes()
    for name in files:
        for module in [m for m in sys.modules if m not in baseline]:
            if (getattr(sys.modules[module], "__file__", None) or "").startswith(folder):
                del sys.modules[module]
        stdout = sys.stdout
        sys.stdout = io.StringIO()
        try:
            pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", folder, name], plugins=[collector])
        finally:
            sys.stdout = stdout
    print(json.dumps(collector.outcomes))


main()
