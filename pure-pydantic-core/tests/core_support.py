"""Shared helpers of the core tests (no tests here).

The whole pure package is imported from the source tree under a private name
(`_pure_pydantic_core`) next to the native `pydantic_core._pydantic_core`, so
every test can run the same call on both and compare the outcomes.
"""

import importlib.util
import pathlib
import re
import sys

import pydantic_core._pydantic_core as native  # noqa: F401  (re-exported)

SRC = pathlib.Path(__file__).resolve().parents[1] / 'src' / 'pydantic_core' / '_pydantic_core'
NAME = '_pure_pydantic_core'
_ADDRESS = re.compile(r'0x[0-9a-fA-F]{4,}')


def load_pure():
    if NAME in sys.modules:
        return sys.modules[NAME]
    spec = importlib.util.spec_from_file_location(NAME, SRC / '__init__.py', submodule_search_locations=[str(SRC)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[NAME] = module
    spec.loader.exec_module(module)
    return module


pure = load_pure()


def _norm(text: str) -> str:
    return _ADDRESS.sub('0x…', text)


def outcome(fn, *args, **kwargs):
    """A comparable summary of a call: ('ok', type name, repr) or the error's details."""
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - the outcome is what we compare
        if type(exc).__name__ == 'ValidationError':
            return ('ValidationError', exc.title, _norm(repr(exc.errors())), _norm(str(exc)))
        return (type(exc).__name__, _norm(str(exc)))
    return ('ok', type(result).__name__, _norm(repr(result)))


def both(make):
    """(native outcome, pure outcome) of make(module), where module is one of the two cores."""
    return outcome(make, native), outcome(make, pure)
