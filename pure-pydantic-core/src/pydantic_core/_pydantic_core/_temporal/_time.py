"""time validation: Python objects, 'HH:MM[:SS[.f]][zone]' strings and bytes, seconds of the day.

Observed native flow. Strings are parsed the same way in strict and lax mode
(never as numbers). Lax adds int / float / Decimal seconds in [0, 86400),
which give an aware time in TzInfo(0). A tzinfo whose utcoffset() raises
makes the native call raise that exception (no validation error).
"""

from datetime import time
from decimal import Decimal

from .._error_spec import ErrorSpec
from .._state import JSON, LAX, PYTHON, STRICT
from . import _debug
from . import _errors as E
from . import _settings
from ._errors import ParseError
from ._format import offset_seconds, time_iso
from ._fast import fast_time
from ._iso import as_byte_text, scan_time
from ._timestamps import round_half_away
from ._tzinfo import UTC, tzinfo_for

__all__ = ['TimeValidatorCore', 'parse_time', 'time_from_number']

_JSON_INT_LIMIT = 10**18


def parse_time(text, fraction_error: bool = False) -> time:
    """The time a str / bytes spells. Raises ParseError with the native message."""
    s = as_byte_text(text)
    value = fast_time(s, fraction_error)
    if value is not None:
        return value
    hour, minute, second, micro, offset = scan_time(s, 0, fraction_error)
    return time(hour, minute, second, micro, None if offset is None else tzinfo_for(offset))


def time_from_number(value) -> time:
    """Seconds of the day (int / float / Decimal) as an aware time in UTC. Raises ParseError."""
    if isinstance(value, int):
        seconds, micro = int(value), 0
        if seconds < 0:
            raise ParseError(E.TIME_NEGATIVE)
    else:
        number = float(value)
        if number != number:
            raise ParseError(E.NAN)
        if number < 0:
            raise ParseError(E.TIME_NEGATIVE)
        if number >= 86400:
            raise ParseError(E.TIME_TOO_BIG)
        seconds = int(number)
        micro = round_half_away((number - seconds) * 1_000_000)
        if micro >= 1_000_000:
            seconds += 1
            micro -= 1_000_000
    if seconds >= 86400:
        raise ParseError(E.TIME_TOO_BIG)
    minutes, second = divmod(seconds, 60)
    return time(minutes // 60, minutes % 60, second, micro, UTC)


def _time_key(value: time, offset):
    """Microseconds of the day, shifted to UTC when `offset` (seconds) is given."""
    seconds = value.hour * 3600 + value.minute * 60 + value.second
    if offset is not None:
        seconds -= offset
    return seconds * 1_000_000 + value.microsecond


class TimeValidatorCore:
    """A `time_schema` compiled once: `validate(input, strict, mode, state)` per call (see DatetimeValidatorCore)."""

    __slots__ = ('strict', 'fraction_error', 'checks', 'tz_constraint', 'constrained', 'bounds')

    def __init__(self, schema: dict, config: dict | None = None):
        self.strict = _settings.is_strict(schema, config)
        self.fraction_error = _settings.fraction_error(schema)
        self.tz_constraint = _settings.tz_constraint(schema)
        checks = []
        self.bounds = {}
        for key, error_type in (
            ('le', 'less_than_equal'),
            ('lt', 'less_than'),
            ('ge', 'greater_than_equal'),
            ('gt', 'greater_than'),
        ):
            bound = schema.get(key)
            if bound is not None:
                bound = self.bounds[key] = self._coerce_bound(key, bound)
                offset = bound.utcoffset()
                offset = None if offset is None else offset_seconds(offset)
                checks.append((key, bound, offset, error_type, time_iso(bound)))
        self.checks = tuple(checks)
        self.constrained = bool(checks) or self.tz_constraint is not None

    def debug_repr(self, indent: int = 0) -> str:
        """The native `TimeValidator { ... }` debug text, for repr(SchemaValidator)."""
        constraints = 'None'
        if self.constrained:
            constraints = _debug.some(_debug.Struct('TimeConstraints', _debug.bounds_fields(self.bounds, _debug.time_node) + [
                ('tz', _debug.tz_node(self.tz_constraint)),
            ]))
        return _debug.render(_debug.Struct('TimeValidator', [
            ('strict', self.strict),
            ('constraints', constraints),
            ('microseconds_precision', _debug.precision_name(self.fraction_error)),
        ]), indent)

    def _coerce_bound(self, key, bound) -> time:
        try:
            if isinstance(bound, time):
                return bound
            if isinstance(bound, (str, bytes)):
                return parse_time(bound, self.fraction_error)
            if isinstance(bound, (int, float, Decimal)) and not isinstance(bound, bool):
                return time_from_number(bound)
        except Exception:  # noqa: BLE001 - any failure means the same build error
            pass
        raise ValueError(f"'{key}' must be coercible to a time instance")

    def validate(self, input, strict: bool, mode=PYTHON, state=None) -> time:
        input_type = type(input)
        if input_type is time:
            value = input
        elif (
            input_type is str
            and (mode is not PYTHON or not strict)
            and input.isascii()
            and (value := fast_time(input, self.fraction_error)) is not None
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
                raise ErrorSpec('time_type')
            if isinstance(input, int) and not -_JSON_INT_LIMIT < input < _JSON_INT_LIMIT:
                raise ErrorSpec('time_parsing', {'error': E.TIME_TOO_BIG})
            if state is not None:
                state.floor_exactness(LAX)
            value = self._from_number(input)
        else:
            raise ErrorSpec('time_type')
        if self.constrained:
            self._check(value)
        return value

    def _from_python(self, input, strict, state):
        if isinstance(input, time):
            if state is not None:
                state.floor_exactness(STRICT)
            return input
        if strict:
            raise ErrorSpec('time_type')
        if isinstance(input, (str, bytes)):
            value = self._from_text(input)
        elif isinstance(input, bool):
            raise ErrorSpec('time_type')
        elif isinstance(input, (int, float)):
            value = self._from_number(input)
        elif isinstance(input, Decimal):
            try:
                number = float(input)
            except ValueError:
                raise ErrorSpec('time_type') from None
            value = self._from_number(number)
        else:
            raise ErrorSpec('time_type')
        if state is not None:
            state.floor_exactness(LAX)
        return value

    def _from_text(self, input):
        try:
            return parse_time(input, self.fraction_error)
        except ParseError as exc:
            raise ErrorSpec('time_parsing', {'error': exc.args[0]}) from None

    def _from_number(self, input):
        try:
            return time_from_number(input)
        except ParseError as exc:
            raise ErrorSpec('time_parsing', {'error': exc.args[0]}) from None

    def _check(self, value: time):
        offset = None
        if value.tzinfo is not None:
            delta = value.utcoffset()  # natively its errors are not caught
            if delta is not None:
                offset = offset_seconds(delta)
        for key, bound, bound_offset, error_type, text in self.checks:
            if offset is not None and bound_offset is not None:
                left, right = _time_key(value, offset), _time_key(bound, bound_offset)
            else:
                left, right = _time_key(value, None), _time_key(bound, None)
            if key == 'le':
                ok = left <= right
            elif key == 'lt':
                ok = left < right
            elif key == 'ge':
                ok = left >= right
            else:
                ok = left > right
            if not ok:
                raise ErrorSpec(error_type, {key: text})
        tz = self.tz_constraint
        if tz is not None:
            if tz is _settings.NAIVE:
                if offset is not None:
                    raise ErrorSpec('timezone_naive')
            elif offset is None:
                raise ErrorSpec('timezone_aware')
            elif tz is not _settings.AWARE and offset != tz:
                raise ErrorSpec('timezone_offset', {'tz_expected': tz, 'tz_actual': offset})
