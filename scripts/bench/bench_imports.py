"""Import times of pydantic, fastapi and sqlalchemy, for the bench: the same
file runs in the sandbox (a runtime booted without its warm-up) and natively.

What the sandbox's harness has imported before any learner code (pytest,
Flask, Starlette, AnyIO, pydantic_core) is imported first on both sides, so
each figure is the same increment: the module and whatever it adds.
Prints one JSON object.
"""

import importlib
import json
import sys
import time

ALREADY_IN_THE_SANDBOX = ("pytest", "flask", "starlette", "anyio", "pydantic_core")
TIMED = ("pydantic", "fastapi", "sqlalchemy")

for name in ALREADY_IN_THE_SANDBOX:
    importlib.import_module(name)

figures = {"python": sys.version.split()[0]}
for name in TIMED:
    if name in sys.modules:
        figures[name] = None  # imported already: nothing to time
        continue
    started = time.perf_counter()
    importlib.import_module(name)
    figures[name] = (time.perf_counter() - started) * 1000
print(json.dumps(figures))
