"""What oracle case files use: a recorder of normalised outcomes.

A case file (`oracle/cases/*.py`) defines functions named `case_*(o)`. Each
gets a `Recorder` and calls things through it; every call's outcome is
recorded in a form that does not depend on the core (reprs with memory
addresses removed, errors as `errors(include_url=True)` and `str()`,
warnings). The same file runs once with the native core and once with the
pure one; the oracle compares the two lists of outcomes.

    def case_int_basics(o):
        v = o.validator(cs.int_schema(gt=0))
        v.python_each([1, '2', 0, 'x', 1.5])
        v.json_each(['1', '"2"', '0', 'null'])
"""

from __future__ import annotations

import re
import warnings

_ADDRESS = re.compile(r'0x[0-9a-fA-F]{4,}')


def norm(text: str) -> str:
    """A repr or message without memory addresses."""
    return _ADDRESS.sub('0x…', text)


def safe_repr(value) -> str:
    try:
        return norm(repr(value))
    except Exception as exc:  # noqa: BLE001 - a failing repr is an outcome too
        return f'<repr failed: {type(exc).__name__}>'


def _norm_value(value):
    """errors() entries hold arbitrary objects (input, ctx): compare them by type and repr."""
    if isinstance(value, dict):
        return {str(k): _norm_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and all(isinstance(x, (str, int)) for x in value):
        return [type(value).__name__, list(value)]
    return [type(value).__name__, safe_repr(value)]


def error_outcome(exc) -> dict:
    from pydantic_core import ValidationError

    if isinstance(exc, ValidationError):
        try:
            errors = [{k: _norm_value(v) if k in ('input', 'ctx') else v for k, v in e.items()} for e in exc.errors(include_url=True)]
        except Exception as inner:  # noqa: BLE001
            errors = f'errors() raised {type(inner).__name__}: {inner}'
        try:
            errors = [dict(e, loc=list(e['loc'])) for e in errors]
        except Exception:  # noqa: BLE001
            pass
        return {
            'validation_error': {
                'title': exc.title,
                'count': exc.error_count(),
                'errors': errors,
                'str': norm(str(exc)),
            }
        }
    return {'raised': type(exc).__name__, 'message': norm(str(exc))}


def outcome(fn, *args, **kwargs) -> dict:
    """Call fn and describe what happened: result (type and repr) or exception, plus warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every exception is an outcome
            out = error_outcome(exc)
        else:
            out = {'type': type(result).__qualname__, 'repr': safe_repr(result)}
    if caught:
        out['warnings'] = [f'{w.category.__name__}: {norm(str(w.message))}' for w in caught]
    return out


class Recorder:
    """Collects the outcomes of one case, in call order."""

    def __init__(self):
        self.observations: list = []

    def record(self, label: str, result: dict) -> dict:
        self.observations.append([norm(label), result])
        return result

    def call(self, label: str, fn, *args, **kwargs):
        """Record the outcome of fn(*args, **kwargs); return the result (None when it raised)."""
        box = []

        def run():
            value = fn(*args, **kwargs)
            box.append(value)
            return value

        self.record(label, outcome(run))
        return box[0] if box else None

    def build(self, label: str, fn, *args, **kwargs):
        """Like call, but a success is recorded by type only (built objects' reprs are the Rust debug dumps)."""
        box = []

        def run():
            value = fn(*args, **kwargs)
            box.append(value)
            return value

        result = outcome(run)
        if 'repr' in result:
            result['repr'] = '…'
        self.record(label, result)
        return box[0] if box else None

    def value(self, label: str, value) -> None:
        self.record(label, {'type': type(value).__qualname__, 'repr': safe_repr(value)})

    def validator(self, schema, config=None, label: str = 'validator') -> CaseValidator:
        from pydantic_core import SchemaValidator

        built = self.build(f'{label}: build', SchemaValidator, schema, config)
        if built is not None:
            self.record(f'{label}: title', {'repr': safe_repr(built.title)})
        return CaseValidator(self, built, label)

    def serializer(self, schema, config=None, label: str = 'serializer') -> CaseSerializer:
        from pydantic_core import SchemaSerializer

        built = self.build(f'{label}: build', SchemaSerializer, schema, config)
        return CaseSerializer(self, built, label)


def _kw(kwargs: dict) -> str:
    return ''.join(f', {k}={v!r}' for k, v in kwargs.items())


class CaseValidator:
    def __init__(self, recorder: Recorder, validator, label: str):
        self.o = recorder
        self.v = validator
        self.label = label

    def python(self, input, **kwargs):
        if self.v is None:
            return None
        return self.o.call(f'{self.label}.validate_python({safe_repr(input)}{_kw(kwargs)})', self.v.validate_python, input, **kwargs)

    def json(self, data, **kwargs):
        if self.v is None:
            return None
        return self.o.call(f'{self.label}.validate_json({data!r}{_kw(kwargs)})', self.v.validate_json, data, **kwargs)

    def strings(self, input, **kwargs):
        if self.v is None:
            return None
        return self.o.call(f'{self.label}.validate_strings({safe_repr(input)}{_kw(kwargs)})', self.v.validate_strings, input, **kwargs)

    def assign(self, obj, field, value, **kwargs):
        if self.v is None:
            return None
        return self.o.call(f'{self.label}.validate_assignment({field!r}, {safe_repr(value)}{_kw(kwargs)})', self.v.validate_assignment, obj, field, value, **kwargs)

    def default(self, **kwargs):
        if self.v is None:
            return None
        return self.o.call(f'{self.label}.get_default_value({_kw(kwargs)})', self.v.get_default_value, **kwargs)

    def python_each(self, inputs, strict_too: bool = True, **kwargs):
        """validate_python on each input, lax and (by default) also strict=True."""
        for input in inputs:
            self.python(input, **kwargs)
            if strict_too:
                self.python(input, strict=True, **kwargs)

    def json_each(self, documents, strict_too: bool = True, **kwargs):
        for data in documents:
            self.json(data, **kwargs)
            if strict_too:
                self.json(data, strict=True, **kwargs)

    def strings_each(self, inputs, **kwargs):
        for input in inputs:
            self.strings(input, **kwargs)


class CaseSerializer:
    def __init__(self, recorder: Recorder, serializer, label: str):
        self.o = recorder
        self.s = serializer
        self.label = label

    def python(self, value, **kwargs):
        if self.s is None:
            return None
        return self.o.call(f'{self.label}.to_python({safe_repr(value)}{_kw(kwargs)})', self.s.to_python, value, **kwargs)

    def json(self, value, **kwargs):
        if self.s is None:
            return None
        return self.o.call(f'{self.label}.to_json({safe_repr(value)}{_kw(kwargs)})', self.s.to_json, value, **kwargs)

    def both(self, value, **kwargs):
        """to_python, to_python(mode='json') and to_json."""
        self.python(value, **kwargs)
        self.python(value, mode='json', **kwargs)
        self.json(value, **kwargs)

    def each(self, values, **kwargs):
        for value in values:
            self.both(value, **kwargs)
