"""Shared helpers of the temporal tests (no tests here).

The `_temporal` subpackage is loaded on its own, under a private parent
package whose `__init__` is not run, so these tests depend only on
`_temporal/`, `_error_spec.py` and `_state.py`. Each case runs the native
`SchemaValidator` and our validator core on the same input and compares the
normalised outcomes: the value (type, repr, tzinfo kind) or the error (type
and context) or the exception that escapes.
"""

import importlib
import importlib.util
import json
import pathlib
import sys
import types

from pydantic_core import SchemaError, SchemaValidator, ValidationError
from pydantic_core import core_schema as cs

SRC = pathlib.Path(__file__).resolve().parents[1] / 'src' / 'pydantic_core' / '_pydantic_core'
PARENT = '_pure_temporal_parent'


def load_temporal():
    if PARENT not in sys.modules:
        parent = types.ModuleType(PARENT)
        parent.__path__ = [str(SRC)]
        sys.modules[PARENT] = parent
    return importlib.import_module(PARENT + '._temporal')


temporal = load_temporal()
state = importlib.import_module(PARENT + '._state')
ErrorSpec = importlib.import_module(PARENT + '._error_spec').ErrorSpec
serialize = importlib.import_module(PARENT + '._temporal.serialize')

CORES = {
    'date': temporal.DateValidatorCore,
    'time': temporal.TimeValidatorCore,
    'datetime': temporal.DatetimeValidatorCore,
    'timedelta': temporal.TimedeltaValidatorCore,
}
MODES = {'python': state.PYTHON, 'json': state.JSON, 'strings': state.STRINGS}
KINDS = tuple(CORES)


def _value(value):
    tz = getattr(value, 'tzinfo', None)
    return ('ok', type(value).__name__, repr(value), repr(tz), type(tz).__name__)


_native_cache: dict = {}
_pure_cache: dict = {}


def _key(kind, config, schema):
    return (kind, repr(sorted(schema.items())), repr(config))


def native_outcome(kind, value, mode='python', strict=None, config=None, **schema):
    key = _key(kind, config, schema)
    validator = _native_cache.get(key)
    if validator is None:
        validator = _native_cache[key] = SchemaValidator(getattr(cs, kind + '_schema')(**schema), config=config)
    try:
        if mode == 'python':
            result = validator.validate_python(value, strict=strict)
        elif mode == 'json':
            result = validator.validate_json(value, strict=strict)
        else:
            result = validator.validate_strings(value, strict=strict)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        assert len(errors) == 1, errors
        return ('error', errors[0]['type'], errors[0].get('ctx'))
    except Exception as exc:  # noqa: BLE001 - an escaping exception is an outcome too
        return ('raise', type(exc).__name__, str(exc))
    return _value(result)


def pure_outcome(kind, value, mode='python', strict=None, config=None, **schema):
    key = _key(kind, config, schema)
    core = _pure_cache.get(key)
    if core is None:
        core = _pure_cache[key] = CORES[kind](getattr(cs, kind + '_schema')(**schema), config)
    if mode == 'json':
        value = json.loads(value)
    try:
        result = core.validate(value, core.strict if strict is None else strict, MODES[mode])
    except ErrorSpec as exc:
        return ('error', exc.error_type, exc.context)
    except Exception as exc:  # noqa: BLE001
        return ('raise', type(exc).__name__, str(exc))
    return _value(result)


def assert_same(kind, value, mode='python', strict=None, config=None, **schema):
    expected = native_outcome(kind, value, mode, strict, config, **schema)
    got = pure_outcome(kind, value, mode, strict, config, **schema)
    assert got == expected, f'{kind} {mode} strict={strict} config={config} schema={schema} input={value!r}'


def native_build_error(kind, config=None, **schema):
    try:
        SchemaValidator(getattr(cs, kind + '_schema')(**schema), config=config)
    except SchemaError as exc:
        return str(exc)
    return None


def pure_build_error(kind, config=None, **schema):
    """The message the package's builder makes of what our core raises at build time."""
    try:
        CORES[kind](getattr(cs, kind + '_schema')(**schema), config)
    except Exception as exc:  # noqa: BLE001
        return f'Error building "{kind}" validator:\n  {type(exc).__name__}: {exc}'
    return None


class ExactnessProbe:
    """Stands in for ValidationState: records how far a validator lowers exactness."""

    def __init__(self):
        self.exactness = state.EXACT

    def floor_exactness(self, exactness):
        if exactness < self.exactness:
            self.exactness = exactness


def pure_exactness(kind, value, mode='python', strict=None):
    """The exactness our core reports for a valid input, or None when it is invalid."""
    core = CORES[kind]({'type': kind}, None)
    probe = ExactnessProbe()
    try:
        core.validate(json.loads(value) if mode == 'json' else value, bool(strict), MODES[mode], probe)
    except Exception:  # noqa: BLE001
        return None
    return probe.exactness
