"""date validation: Python objects, 'YYYY-MM-DD' strings and bytes, exact timestamps.

Observed native flow. Strict: date instances (not datetimes) from Python; from
JSON and validate_strings, strings parsed as dates, where a whole-number
string is a timestamp that must fall on midnight UTC ('Timestamp is not an
exact date'). Lax adds: datetime strings and objects and int / float / Decimal
timestamps, accepted only at exactly midnight ('date_from_datetime_inexact').
When a lax string is neither date nor datetime, the error is the *datetime*
parser's ('date_from_datetime_parsing'). A value Python refuses (year 0)
is always 'date_parsing'.
"""

import re
import time as _time
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from .._error_spec import ErrorSpec
from .._state import JSON, LAX, PYTHON, STRICT
from . import _debug
from . import _errors as E
from . import _settings
from ._errors import ConversionError, ParseError
from ._fast import fast_date
from ._format import date_iso
from ._iso import as_byte_text, scan_date_only
from ._timestamps import UNIT_INFER, is_midnight, normalize, scan_number, split_python_float, to_datetime

__all__ = ['DateValidatorCore', 'parse_date']

_DATE_RE = re.compile(r'([0-9]{4})-([0-9]{2})-([0-9]{2})')
_INT_RE = re.compile(r'[+-]?[0-9]+')
_JSON_INT_LIMIT = 10**18


def parse_date(text, unit: int = UNIT_INFER):
    """(year, month, day) of a str / bytes that is exactly a date or a whole-number timestamp.

    Raises ParseError (grammar, native message) or ConversionError (a timestamp in year 0).
    """
    s = as_byte_text(text)
    match = _DATE_RE.fullmatch(s)
    if match is not None:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if 0 < month < 13 and 0 < day < 29:
            return year, month, day
    elif _INT_RE.fullmatch(s):
        number = scan_number(s)
        if number is not None:
            seconds, micro = normalize(number, 0, unit)
            if not is_midnight(seconds, micro):
                raise ParseError(E.NOT_EXACT_TIMESTAMP)
            moment = to_datetime(seconds, micro)
            return moment.year, moment.month, moment.day
    return scan_date_only(s)


def _make_date(year, month, day) -> date:
    if year == 0:
        # The C API's message; Python's own constructor words it differently.
        raise ErrorSpec('date_parsing', {'error': 'year 0 is out of range'})
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ErrorSpec('date_parsing', {'error': str(exc)}) from None


def _date_of_exact(value: datetime) -> date:
    if value.hour or value.minute or value.second or value.microsecond:
        raise ErrorSpec('date_from_datetime_inexact')
    return date(value.year, value.month, value.day)


class DateValidatorCore:
    """A `date_schema` compiled once: `validate(input, strict, mode, state)` per call (see DatetimeValidatorCore)."""

    __slots__ = ('strict', 'unit', 'checks', 'now_op', 'now_utc_offset', 'constrained', 'bounds')

    def __init__(self, schema: dict, config: dict | None = None):
        self.strict = _settings.is_strict(schema, config)
        self.unit = _settings.temporal_unit(config)
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
                checks.append((key, bound, error_type, date_iso(bound)))
        self.checks = tuple(checks)
        self.constrained = bool(checks) or self.now_op is not None

    def debug_repr(self, indent: int = 0) -> str:
        """The native `DateValidator { ... }` debug text, for repr(SchemaValidator)."""
        constraints = 'None'
        if self.constrained:
            constraints = _debug.some(_debug.Struct('DateConstraints', _debug.bounds_fields(self.bounds, _debug.date_node) + [
                ('today', _debug.now_node(self.now_op, self.now_utc_offset)),
            ]))
        return _debug.render(_debug.Struct('DateValidator', [
            ('strict', self.strict),
            ('constraints', constraints),
            ('val_temporal_unit', _debug.UNIT_NAMES[self.unit]),
        ]), indent)

    def _coerce_bound(self, key, bound) -> date:
        # Natively a bound is a date object or a strictly parsed string (no datetime, no number).
        if isinstance(bound, date) and not isinstance(bound, datetime):
            return bound
        if isinstance(bound, (str, bytes)):
            try:
                return _make_date(*parse_date(bound, self.unit))
            except Exception:  # noqa: BLE001 - any failure means the same build error
                pass
        raise ValueError(f"'{key}' must be coercible to a date instance")

    def validate(self, input, strict: bool, mode=PYTHON, state=None) -> date:
        input_type = type(input)
        if input_type is date:
            value = input
        elif (
            input_type is str
            and (mode is not PYTHON or not strict)
            and input.isascii()
            and (value := fast_date(input)) is not None
        ):
            # A text the strict parse accepts is exact from JSON and validate_strings (observed in unions).
            if state is not None and mode is PYTHON:
                state.floor_exactness(LAX)
        elif mode is PYTHON:
            value = self._from_python(input, strict, state)
        elif isinstance(input, str):
            value = self._from_text(input, strict, state)
        elif mode is JSON:
            if strict or isinstance(input, bool) or not isinstance(input, (int, float)):
                raise ErrorSpec('date_type')
            if isinstance(input, int) and not -_JSON_INT_LIMIT < input < _JSON_INT_LIMIT:
                raise ErrorSpec('date_type')
            if state is not None:
                state.floor_exactness(LAX)
            value = self._from_number(input)
        else:
            raise ErrorSpec('date_type')
        if self.constrained:
            self._check(value)
        return value

    def _from_python(self, input, strict, state):
        if isinstance(input, date) and not isinstance(input, datetime):
            if state is not None:
                state.floor_exactness(STRICT)
            return input
        if strict:
            raise ErrorSpec('date_type')
        if isinstance(input, (str, bytes)):
            value = self._from_text(input, False, None)
        elif isinstance(input, datetime):
            if input.tzinfo is not None:
                input.utcoffset()  # natively read, and its errors are not caught
            value = _date_of_exact(input)
        elif isinstance(input, bool):
            raise ErrorSpec('date_type')
        elif isinstance(input, (int, float)):
            value = self._from_number(input)
        elif isinstance(input, Decimal):
            try:
                number = float(input)
            except ValueError:
                raise ErrorSpec('date_type') from None
            value = self._from_number(number)
        else:
            raise ErrorSpec('date_type')
        if state is not None:
            state.floor_exactness(LAX)
        return value

    def _from_number(self, input):
        try:
            if isinstance(input, int):
                seconds, micro = normalize(int(input), 0, self.unit)
            else:
                seconds, micro = normalize(*split_python_float(float(input), self.unit), self.unit)
        except ParseError as exc:
            raise ErrorSpec('date_from_datetime_parsing', {'error': exc.args[0]}) from None
        if not is_midnight(seconds, micro):
            raise ErrorSpec('date_from_datetime_inexact')
        try:
            moment = to_datetime(seconds, micro)
        except ConversionError as exc:
            raise ErrorSpec('date_parsing', {'error': exc.args[0]}) from None
        return date(moment.year, moment.month, moment.day)

    def _from_text(self, input, strict, state):
        if type(input) is str and input.isascii():
            value = fast_date(input)
            if value is not None:
                return value
        try:
            return _make_date(*parse_date(input, self.unit))
        except ConversionError as exc:
            raise ErrorSpec('date_parsing', {'error': exc.args[0]}) from None
        except ParseError as exc:
            if strict:
                raise ErrorSpec('date_parsing', {'error': exc.args[0]}) from None
        from ._datetime import parse_datetime_fields

        try:
            year, month, day, hour, minute, second, micro, _ = parse_datetime_fields(input, False, self.unit)
        except ParseError as exc:
            raise ErrorSpec('date_from_datetime_parsing', {'error': exc.args[0]}) from None
        if hour or minute or second or micro:
            raise ErrorSpec('date_from_datetime_inexact')
        if state is not None:
            state.floor_exactness(LAX)
        return _make_date(year, month, day)

    def _check(self, value: date):
        for key, bound, error_type, text in self.checks:
            if key == 'le':
                ok = value <= bound
            elif key == 'lt':
                ok = value < bound
            elif key == 'ge':
                ok = value >= bound
            else:
                ok = value > bound
            if not ok:
                raise ErrorSpec(error_type, {key: text})
        if self.now_op is not None:
            offset = self.now_utc_offset
            if offset is None:
                offset = _time.localtime().tm_gmtoff
            today = (datetime.now(timezone.utc) + timedelta(seconds=offset)).date()
            if self.now_op == 'past':
                if not value < today:
                    raise ErrorSpec('date_past')
            elif not value > today:
                raise ErrorSpec('date_future')
