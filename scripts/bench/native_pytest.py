"""Runs pytest on a fixture folder natively, for the bench's baseline (started
by native_run.py, which puts the container's bundle on sys.path; native.ts).

usage: native_pytest.py <fixture-dir> <repeats>
Prints one JSON object: first (in-process, imports included) and warm run times.
Mirrors the sandbox: learner modules are dropped between runs, libraries stay.
"""

import json
import os
import sys
import time

from native_modules import forget_modules_under


def main():
    fixture, repeats = sys.argv[1], int(sys.argv[2])
    sys.path.insert(0, fixture)
    os.chdir(fixture)
    import pytest

    baseline = set(sys.modules)
    args = ["-q", "--no-header", "-p", "no:cacheprovider", "-p", "no:faulthandler", "--capture=sys", "--tb=short", "-o", "console_output_style=classic"]
    targets = sorted(n for n in os.listdir(fixture) if n.startswith("test_") and n.endswith(".py"))
    times = []
    codes = []
    devnull = open(os.devnull, "w")
    for _ in range(repeats):
        forget_modules_under(fixture, baseline)
        stdout = sys.stdout
        sys.stdout = devnull
        started = time.perf_counter()
        try:
            codes.append(int(pytest.main(args + targets)))
        finally:
            sys.stdout = stdout
        times.append((time.perf_counter() - started) * 1000)
    print(json.dumps({
        "python": sys.version.split()[0],
        "firstMs": times[0],
        "warmMs": sorted(times[1:])[len(times[1:]) // 2] if len(times) > 1 else None,
        "exitCodes": codes,
    }))


main()
