"""Runs a bench script with the given sys.path in front, as __main__.

usage: python3 -S native_run.py <JSON list of paths> <script> [args...]
(-S keeps the chroot's own dist-packages out: the paths are the container's
bundle and the native pydantic-core overlay, see native.ts)."""

import json
import runpy
import sys

paths, script = json.loads(sys.argv[1]), sys.argv[2]
sys.path[:0] = paths
sys.argv[:] = [script, *sys.argv[3:]]
sys.dont_write_bytecode = True
runpy.run_path(script, run_name="__main__")
