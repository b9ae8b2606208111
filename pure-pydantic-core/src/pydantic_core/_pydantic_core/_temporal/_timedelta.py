"""timedelta validation: Python objects, duration strings and bytes, numbers of seconds.

Observed native flow: strings are parsed the same way in strict and lax mode;
lax adds int / float / Decimal seconds. Bounds are compared as timedeltas and
written in errors as '1 day and 2 hours'.
"""

from datetime import timedelta
from decimal import Decimal

from .._error_spec import ErrorSpec
from .._state import JSON, LAX, PYTHON, STRICT
from . import _debug
from . import _settings
from ._duration import duration_from_number, fast_duration, make_timedelta, scan_duration
from ._errors import ParseError
from ._format import duration_constraint_text
from ._iso import as_byte_text

__all__ = ['TimedeltaValidatorCore', 'parse_timedelta']

_JSON_INT_LIMIT = 10**18


def parse_timedelta(text, fraction_error: bool = False) -> timedelta:
    """The timedelta a str / bytes spells. Raises ParseError with the native message
    (and OverflowError just below timedelta.min, as natively)."""
    s = as_byte_text(text)
    value = fast_duration(s)
    if value is not None:
        return value
    return make_timedelta(*scan_duration(s, fraction_error))


def _order_key(value: timedelta, source) -> tuple:
    """How bounds compare: natively durations keep the sign they were written with, so
    '-PT0S' (or -1e-7 seconds) is a negative zero, below zero and equal to no
    positive duration (observed)."""
    if value:
        return (1, value) if value.days >= 0 else (0, value)
    if isinstance(source, (str, bytes)):
        negative = source[:1] in ('-', b'-')
    elif isinstance(source, (float, Decimal)):
        negative = float(source) < 0
    else:
        negative = False
    return (0, value) if negative else (1, value)


class TimedeltaValidatorCore:
    """A `timedelta_schema` compiled once: `validate(input, strict, mode, state)` per call (see DatetimeValidatorCore)."""

    __slots__ = ('strict', 'fraction_error', 'checks')

    def debug_repr(self, indent: int = 0) -> str:
        """The native `TimeDeltaValidator { ... }` debug text, for repr(SchemaValidator)."""
        constraints = 'None'
        if self.checks:
            bounds = {key: order for key, order, _, _ in self.checks}
            constraints = _debug.some(_debug.Struct('TimedeltaConstraints', _debug.bounds_fields(
                bounds, lambda order: _debug.duration_node(order[1], order[0] == 1)
            )))
        return _debug.render(_debug.Struct('TimeDeltaValidator', [
            ('strict', self.strict),
            ('constraints', constraints),
            ('microseconds_precision', _debug.precision_name(self.fraction_error)),
        ]), indent)

    def __init__(self, schema: dict, config: dict | None = None):
        self.strict = _settings.is_strict(schema, config)
        self.fraction_error = _settings.fraction_error(schema)
        checks = []
        for key, error_type in (
            ('le', 'less_than_equal'),
            ('lt', 'less_than'),
            ('ge', 'greater_than_equal'),
            ('gt', 'greater_than'),
        ):
            bound = schema.get(key)
            if bound is not None:
                value = self._coerce_bound(key, bound)
                checks.append((key, _order_key(value, bound), error_type, duration_constraint_text(value)))
        self.checks = tuple(checks)

    def _coerce_bound(self, key, bound) -> timedelta:
        try:
            if isinstance(bound, timedelta):
                return bound
            if isinstance(bound, (str, bytes)):
                return parse_timedelta(bound, self.fraction_error)
            if isinstance(bound, (int, float, Decimal)):  # bools too, natively
                return duration_from_number(bound)
        except Exception:  # noqa: BLE001 - any failure means the same build error
            pass
        raise ValueError(f"'{key}' must be coercible to a timedelta instance")

    def validate(self, input, strict: bool, mode=PYTHON, state=None) -> timedelta:
        input_type = type(input)
        if input_type is timedelta:
            value = input
        elif (
            input_type is str
            and (mode is not PYTHON or not strict)
            and input.isascii()
            and (value := fast_duration(input)) is not None
        ):
            # A text the strict parse accepts is exact from JSON and validate_strings (observed in unions).
            if state is not None and mode is PYTHON:
                state.floor_exactness(LAX)
        elif mode is PYTHON:
            value = self._from_python(input, strict, state)
        elif isinstance(input, str):
            value = self._from_text(input)
        elif mode is JSON:
            if strict or isinstance(input, bool) or not isinstance(input, (int, float)):
                raise ErrorSpec('time_delta_type')
            if isinstance(input, int) and not -_JSON_INT_LIMIT < input < _JSON_INT_LIMIT:
                raise ErrorSpec('time_delta_type')
            if state is not None:
                state.floor_exactness(LAX)
            value = self._from_number(input)
        else:
            raise ErrorSpec('time_delta_type')
        if self.checks:
            order = _order_key(value, input)
            for key, bound, error_type, text in self.checks:
                if key == 'le':
                    ok = order <= bound
                elif key == 'lt':
                    ok = order < bound
                elif key == 'ge':
                    ok = order >= bound
                else:
                    ok = order > bound
                if not ok:
                    raise ErrorSpec(error_type, {key: text})
        return value

    def _from_python(self, input, strict, state):
        if isinstance(input, timedelta):
            if state is not None:
                state.floor_exactness(STRICT)
            return input
        if strict:
            raise ErrorSpec('time_delta_type')
        if isinstance(input, (str, bytes)):
            value = self._from_text(input)
        elif isinstance(input, (int, float)):  # bools too, natively
            value = self._from_number(input)
        elif isinstance(input, Decimal):
            try:
                number = float(input)
            except ValueError:
                raise ErrorSpec('time_delta_type') from None
            value = self._from_number(number)
        else:
            raise ErrorSpec('time_delta_type')
        if state is not None:
            state.floor_exactness(LAX)
        return value

    def _from_text(self, input):
        try:
            return parse_timedelta(input, self.fraction_error)
        except ParseError as exc:
            raise ErrorSpec('time_delta_parsing', {'error': exc.args[0]}) from None

    def _from_number(self, input):
        try:
            return duration_from_number(input)
        except ParseError as exc:
            raise ErrorSpec('time_delta_parsing', {'error': exc.args[0]}) from None
