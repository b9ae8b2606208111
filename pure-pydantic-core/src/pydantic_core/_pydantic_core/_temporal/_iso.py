"""ISO 8601 / RFC 3339 dates, times and datetimes, scanned as the native parser does.

Inputs are `str` with one character per byte (see `as_byte_text`): the native
parser counts bytes, so 'input is too short' depends on the UTF-8 length.
Each scanner raises ParseError with the native message at the first fault, in
the native order; the validators try a precompiled regex first and only come
here for numbers, odd shapes and errors.

Grammar (observed): date `YYYY-MM-DD`; time `HH:MM[:SS[(.|,)F+]]` then an
optional zone `Z`, `z`, `+HH:MM`, `+HHMM` (no `+HH`); datetime = date, one of
`T t _ space`, time. Fractions are cut to 6 digits. No leap second, no 24:00.
"""

from .._error_spec import ErrorSpec
from ._errors import ParseError
from . import _errors as E

_DIGITS = frozenset('0123456789')
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def as_byte_text(value) -> str:
    """A str with one character per UTF-8 byte of a str / bytes input."""
    if isinstance(value, str):
        if value.isascii():
            return value
        try:
            return value.encode('utf-8').decode('latin-1')
        except UnicodeEncodeError:  # lone surrogates: natively a string error before any parsing
            raise ErrorSpec('string_unicode') from None
    return bytes(value).decode('latin-1')


def days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month]


def _two_digits(s: str, i: int, message: str) -> int:
    if i + 1 < len(s) and s[i] in _DIGITS and s[i + 1] in _DIGITS:
        return (ord(s[i]) - 48) * 10 + ord(s[i + 1]) - 48
    raise ParseError(message)


def scan_date(s: str):
    """(year, month, day) from the first 10 characters."""
    if len(s) < 10:
        raise ParseError(E.TOO_SHORT)
    for i in range(4):
        if s[i] not in _DIGITS:
            raise ParseError(E.YEAR_CHAR)
    year = int(s[:4])
    if s[4] != '-':
        raise ParseError(E.DATE_SEP)
    month = _two_digits(s, 5, E.MONTH_CHAR)
    if s[7] != '-':
        raise ParseError(E.DATE_SEP)
    day = _two_digits(s, 8, E.DAY_CHAR)
    if not 1 <= month <= 12:
        raise ParseError(E.MONTH_RANGE)
    if not 1 <= day <= days_in_month(year, month):
        raise ParseError(E.DAY_RANGE)
    return year, month, day


def scan_time(s: str, pos: int, fraction_error: bool):
    """(hour, minute, second, microsecond, offset seconds or None) from s[pos:] to the end."""
    n = len(s)
    if n - pos < 5:
        raise ParseError(E.TOO_SHORT)
    hour = _two_digits(s, pos, E.HOUR_CHAR)
    if s[pos + 2] != ':':
        raise ParseError(E.TIME_SEP)
    minute = _two_digits(s, pos + 3, E.MINUTE_CHAR)
    if hour > 23:
        raise ParseError(E.HOUR_RANGE)
    if minute > 59:
        raise ParseError(E.MINUTE_RANGE)
    pos += 5
    second = micro = 0
    if pos < n and s[pos] == ':':
        second = _two_digits(s, pos + 1, E.SECOND_CHAR)
        if second > 59:
            raise ParseError(E.SECOND_RANGE)
        pos += 3
        if pos < n and (s[pos] == '.' or s[pos] == ','):
            pos += 1
            start = pos
            while pos < n and s[pos] in _DIGITS:
                pos += 1
            if pos == start:
                raise ParseError(E.FRACTION_MISSING)
            if pos - start > 6 and fraction_error:
                raise ParseError(E.FRACTION_TOO_LONG)
            micro = int((s[start : min(pos, start + 6)] + '00000')[:6])
    offset = None
    if pos < n:
        offset, pos = scan_offset(s, pos)
    if pos < n:
        raise ParseError(E.EXTRA)
    return hour, minute, second, micro, offset


def scan_offset(s: str, pos: int):
    """(offset seconds, next position) of a zone designator at s[pos]."""
    c = s[pos]
    if c == 'Z' or c == 'z':
        return 0, pos + 1
    if c != '+' and c != '-':
        raise ParseError(E.TZ_SIGN)
    hours = _two_digits(s, pos + 1, E.TZ_HOUR)
    pos += 3
    if pos < len(s) and s[pos] == ':':
        pos += 1
    minutes = _two_digits(s, pos, E.TZ_MINUTE)
    if minutes > 59:
        raise ParseError(E.TZ_MINUTE_RANGE)
    if hours >= 24:
        raise ParseError(E.TZ_HOUR_RANGE)
    offset = hours * 3600 + minutes * 60
    return (-offset if c == '-' else offset), pos + 2


def scan_date_only(s: str):
    """A whole string that must be exactly a date."""
    date = scan_date(s)
    if len(s) > 10:
        raise ParseError(E.EXTRA)
    return date


def scan_datetime(s: str, fraction_error: bool):
    """(year, month, day, hour, minute, second, microsecond, offset) of a whole string."""
    year, month, day = scan_date(s)
    if len(s) < 11 or s[10] not in 'Tt _':
        raise ParseError(E.DATETIME_SEP)
    return (year, month, day) + scan_time(s, 11, fraction_error)
