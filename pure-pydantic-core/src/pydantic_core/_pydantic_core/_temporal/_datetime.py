"""datetime validation: Python objects, ISO strings and bytes, Unix timestamps.

Observed native flow. Strict: only datetime instances from Python; from JSON
and validate_strings, strings parsed as datetimes (a number in a string is a
timestamp even then). Lax adds: strings that are only a date (midnight, naive),
date objects, int / float / Decimal timestamps (aware, TzInfo(0)). When a lax
string is neither, the error is the *date* parser's
('datetime_from_date_parsing'). Constraint checks run in the order le, lt, ge,
gt, now_op, tz_constraint.
"""

import time as _time
from datetime import date, datetime, timedelta, timezone
from math import floor
from decimal import Decimal

from .._error_spec import ErrorSpec
from .._state import JSON, LAX, PYTHON, STRICT
from . import _debug
from . import _errors as E
from . import _settings
from ._errors import ConversionError, ParseError
from ._format import datetime_iso, offset_seconds
from ._fast import fast_date, fast_datetime
from ._iso import as_byte_text, scan_datetime
from ._timestamps import (
    _EPOCH,
    MS_WATERSHED,
    UNIT_MILLISECONDS,
    UNIT_INFER,
    normalize,
    scan_number,
    split_python_float,
    split_text_float,
    to_datetime,
    to_fields,
)
from ._tzinfo import tzinfo_for
from ._date import parse_date

__all__ = ['DatetimeValidatorCore', 'parse_datetime', 'parse_datetime_fields', 'datetime_from_number']

_JSON_INT_LIMIT = 10**18  # JSON ints of 19+ digits are big ints, refused as a type


def _build(year, month, day, hour, minute, second, micro, offset) -> datetime:
    if year == 0:
        # The C API's message; Python's own constructor words it differently.
        raise ConversionError('year 0 is out of range')
    try:
        return datetime(
            year, month, day, hour, minute, second, micro, None if offset is None else tzinfo_for(offset)
        )
    except ValueError as exc:
        raise ConversionError(str(exc)) from None


def parse_datetime(text, fraction_error: bool = False, unit: int = UNIT_INFER) -> datetime:
    """The datetime a str / bytes spells (ISO 8601 or a Unix timestamp).

    Raises ParseError (grammar, native message) or ConversionError (Python refused it).
    """
    s = as_byte_text(text)
    value = fast_datetime(s, fraction_error)
    if value is not None:
        return value
    return _parse_datetime_slow(s, fraction_error, unit)


def _parse_datetime_slow(s: str, fraction_error: bool, unit: int) -> datetime:
    """parse_datetime after the fast path: numbers, then the scanner."""
    number = scan_number(s)
    if number is not None:
        if unit != UNIT_MILLISECONDS and -MS_WATERSHED <= number <= MS_WATERSHED and not fraction_error:
            return _seconds_datetime(number)
        return to_datetime(*_number_timestamp(s, number, fraction_error, unit))
    return _build(*scan_datetime(s, fraction_error))


def _number_timestamp(s: str, number, fraction_error: bool, unit: int):
    if type(number) is int:
        return normalize(number, 0, unit)
    if fraction_error:
        # Milliseconds (above 2e10) leave room for 3 more digits only.
        digits = len(s) - s.index('.') - 1  # an exponent counts too (observed)
        if digits > (3 if abs(number) > MS_WATERSHED else 6):
            raise ParseError(E.FRACTION_TOO_LONG)
    return normalize(*split_text_float(number), unit)


def parse_datetime_fields(text, fraction_error: bool = False, unit: int = UNIT_INFER):
    """Like parse_datetime, but the raw fields (year, month, day, hour, minute, second,
    microsecond, offset or None) before Python checks them: year 0 passes here."""
    s = as_byte_text(text)
    number = scan_number(s)
    if number is not None:
        return to_fields(*_number_timestamp(s, number, fraction_error, unit))
    return scan_datetime(s, fraction_error)


def _seconds_datetime(number) -> datetime:
    """A timestamp in seconds within +-2e10 (years 1336 to 2603, never out of range):
    the common case of the rules in `_timestamps`, in one step."""
    if type(number) is int:
        return _EPOCH + timedelta(0, number)
    seconds = floor(number)
    micro = (number - seconds) * 1_000_000
    whole = int(micro)
    return _EPOCH + timedelta(0, seconds, whole + 1 if micro - whole >= 0.5 else whole)


def datetime_from_number(value, unit: int = UNIT_INFER) -> datetime:
    """An int / float / Decimal Unix timestamp (lax). Raises ParseError or ConversionError."""
    if type(value) is int and unit != UNIT_MILLISECONDS and -MS_WATERSHED <= value <= MS_WATERSHED:
        return _EPOCH + timedelta(0, value)
    if isinstance(value, int):
        seconds, micro = normalize(int(value), 0, unit)
    else:
        seconds, micro = normalize(*split_python_float(float(value), unit), unit)
    return to_datetime(seconds, micro)


def _local_key(value: datetime) -> int:
    """Microseconds since 0001-01-01 of the wall-clock fields, ignoring any zone."""
    return (
        (value.toordinal() * 86400 + value.hour * 3600 + value.minute * 60 + value.second) * 1_000_000
        + value.microsecond
    )


class DatetimeValidatorCore:
    """A `datetime_schema` compiled once: `validate(input, strict, mode, state)` per call.

    `mode` is one of `_state.PYTHON`, `JSON`, `STRINGS`; `state` (optional)
    gets `floor_exactness` calls for smart unions. Errors are raised as ErrorSpec.
    """

    __slots__ = (
        'strict',
        'fraction_error',
        'unit',
        'checks',
        'now_op',
        'now_utc_offset',
        'tz_constraint',
        'constrained',
        'bounds',
    )

    def __init__(self, schema: dict, config: dict | None = None):
        self.strict = _settings.is_strict(schema, config)
        self.fraction_error = _settings.fraction_error(schema)
        self.unit = _settings.temporal_unit(config)
        self.tz_constraint = _settings.tz_constraint(schema)
        self.now_op, self.now_utc_offset = _settings.now_op(schema)
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
                checks.append(
                    (
                        key,
                        _local_key(bound),
                        None if offset is None else offset_seconds(offset),
                        error_type,
                        datetime_iso(bound),
                    )
                )
        self.checks = tuple(checks)
        self.constrained = bool(checks) or self.now_op is not None or self.tz_constraint is not None

    def debug_repr(self, indent: int = 0) -> str:
        """The native `DateTimeValidator { ... }` debug text, for repr(SchemaValidator)."""
        constraints = 'None'
        if self.constrained:
            constraints = _debug.some(_debug.Struct('DateTimeConstraints', _debug.bounds_fields(self.bounds, _debug.datetime_node) + [
                ('now', _debug.now_node(self.now_op, self.now_utc_offset)),
                ('tz', _debug.tz_node(self.tz_constraint)),
            ]))
        return _debug.render(_debug.Struct('DateTimeValidator', [
            ('strict', self.strict),
            ('constraints', constraints),
            ('microseconds_precision', _debug.precision_name(self.fraction_error)),
            ('val_temporal_unit', _debug.UNIT_NAMES[self.unit]),
        ]), indent)

    def _coerce_bound(self, key, bound) -> datetime:
        # Natively a bound is a datetime, a date, a timestamp or a *strictly* parsed string.
        try:
            if isinstance(bound, datetime):
                return bound
            if isinstance(bound, date):
                return datetime(bound.year, bound.month, bound.day)
            if isinstance(bound, (str, bytes)):
                return parse_datetime(bound, self.fraction_error, self.unit)
            if isinstance(bound, (int, float, Decimal)) and not isinstance(bound, bool):
                return datetime_from_number(bound, self.unit)
        except Exception:  # noqa: BLE001 - any failure means the same build error
            pass
        raise ValueError(f"'{key}' must be coercible to a datetime instance")

    def validate(self, input, strict: bool, mode=PYTHON, state=None) -> datetime:
        input_type = type(input)
        if input_type is datetime:
            value = input
        elif (
            input_type is str
            and (mode is not PYTHON or not strict)
            and input.isascii()
            and (value := fast_datetime(input, self.fraction_error)) is not None
        ):
            # A text the strict parse accepts is exact from JSON and validate_strings (observed in unions).
            if state is not None and mode is PYTHON:
                state.floor_exactness(LAX)
        elif mode is PYTHON:
            value = self._from_python(input, strict, state)
        elif isinstance(input, str):
            value = self._from_text(input, strict, state)
        elif mode is JSON:
            value = self._from_json_number(input, strict, state)
        else:
            raise ErrorSpec('datetime_type')
        if self.constrained:
            self._check(value)
        return value

    def _from_python(self, input, strict, state):
        if isinstance(input, datetime):
            if state is not None:
                state.floor_exactness(STRICT)
            return input
        if strict:
            raise ErrorSpec('datetime_type')
        if isinstance(input, (str, bytes)):
            value = self._from_text(input, False, None)
        elif isinstance(input, bool):
            raise ErrorSpec('datetime_type')
        elif isinstance(input, (int, float)):
            value = self._from_number(input)
        elif isinstance(input, Decimal):
            try:
                number = float(input)
            except ValueError:  # signalling NaN
                raise ErrorSpec('datetime_type') from None
            value = self._from_number(number)
        elif isinstance(input, date):
            value = datetime(input.year, input.month, input.day)
        else:
            raise ErrorSpec('datetime_type')
        if state is not None:
            state.floor_exactness(LAX)
        return value

    def _from_json_number(self, input, strict, state):
        if strict or isinstance(input, bool) or not isinstance(input, (int, float)):
            raise ErrorSpec('datetime_type')
        if isinstance(input, int) and not -_JSON_INT_LIMIT < input < _JSON_INT_LIMIT:
            raise ErrorSpec('datetime_type')
        if state is not None:
            state.floor_exactness(LAX)
        return self._from_number(input)

    def _from_number(self, input):
        try:
            return datetime_from_number(input, self.unit)
        except (ParseError, ConversionError) as exc:
            raise ErrorSpec('datetime_parsing', {'error': exc.args[0]}) from None

    def _from_text(self, input, strict, state):
        if not strict and type(input) is str and len(input) == 10 and input.isascii():
            # A plain date: natively the datetime parse fails and the date parse succeeds.
            day = fast_date(input)
            if day is not None:
                if state is not None:
                    state.floor_exactness(LAX)
                return datetime(day.year, day.month, day.day)
        try:
            if type(input) is str and input.isascii():  # the fast path was tried by validate()
                value = _parse_datetime_slow(input, self.fraction_error, self.unit)
            else:
                value = parse_datetime(input, self.fraction_error, self.unit)
        except ConversionError as exc:
            raise ErrorSpec('datetime_parsing', {'error': exc.args[0]}) from None
        except ParseError as exc:
            if strict:
                raise ErrorSpec('datetime_parsing', {'error': exc.args[0]}) from None
            try:
                # This fallback ignores val_temporal_unit (observed).
                year, month, day = parse_date(input, UNIT_INFER)
            except ParseError as date_exc:
                raise ErrorSpec('datetime_from_date_parsing', {'error': date_exc.args[0]}) from None
            except ConversionError as date_exc:
                raise ErrorSpec('datetime_parsing', {'error': date_exc.args[0]}) from None
            try:
                value = _build(year, month, day, 0, 0, 0, 0, None)
            except ConversionError as conv:
                raise ErrorSpec('datetime_parsing', {'error': conv.args[0]}) from None
            if state is not None:
                state.floor_exactness(LAX)
            return value
        return value

    def _check(self, value: datetime):
        offset = None
        if value.tzinfo is not None:
            try:
                delta = value.utcoffset()
            except Exception as exc:
                raise ErrorSpec('datetime_object_invalid', {'error': f'{type(exc).__name__}: {exc}'}) from None
            if delta is not None:
                offset = offset_seconds(delta)
        if self.checks or self.now_op is not None:
            local = _local_key(value)
            for key, bound_local, bound_offset, error_type, text in self.checks:
                if offset is not None and bound_offset is not None:
                    left, right = local - offset * 1_000_000, bound_local - bound_offset * 1_000_000
                else:
                    left, right = local, bound_local
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
            if self.now_op is not None:
                now_offset = self.now_utc_offset
                if now_offset is None:
                    now_offset = _time.localtime().tm_gmtoff
                now = datetime.now(timezone.utc).replace(tzinfo=None)
                now_key = _local_key(now)
                if offset is not None:
                    left = local - offset * 1_000_000
                else:
                    left, now_key = local, now_key + now_offset * 1_000_000
                if self.now_op == 'past':
                    if not left < now_key:
                        raise ErrorSpec('datetime_past')
                elif not left > now_key:
                    raise ErrorSpec('datetime_future')
        tz = self.tz_constraint
        if tz is not None:
            if tz is _settings.NAIVE:
                if offset is not None:
                    raise ErrorSpec('timezone_naive')
            elif offset is None:
                raise ErrorSpec('timezone_aware')
            elif tz is not _settings.AWARE and offset != tz:
                raise ErrorSpec('timezone_offset', {'tz_expected': tz, 'tz_actual': offset})
