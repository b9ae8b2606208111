"""Shared helpers of the JSON tests (no tests here).

The JSON subpackage is loaded on its own, under the name `pure_json`, so that
the native `pydantic_core` and our code run side by side in one process and
every case can be compared directly.
"""

import importlib
import importlib.util
import pathlib
import sys

_JSON_DIR = pathlib.Path(__file__).resolve().parents[1] / "src" / "pydantic_core" / "_pydantic_core" / "_json"


def load_pure_json():
    if "pure_json" in sys.modules:
        return sys.modules["pure_json"]
    spec = importlib.util.spec_from_file_location(
        "pure_json", _JSON_DIR / "__init__.py", submodule_search_locations=[str(_JSON_DIR)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["pure_json"] = module
    spec.loader.exec_module(module)
    importlib.import_module("pure_json.parser")  # imported lazily by the package; tests use it directly
    return module


def outcome(fn, *args, **kwargs):
    """A comparable summary of calling fn: ('ok', repr) or (exception type name, message)."""
    try:
        return ("ok", repr(fn(*args, **kwargs)))
    except Exception as e:  # noqa: BLE001 - the outcome is what we compare
        return (type(e).__name__, str(e))
