"""Unix timestamps: numbers in text, and numbers to (seconds, microseconds).

Observed native rules (infer mode): a magnitude above 2e10 means
milliseconds. A Python float is split as floor(x) and round(|fract(x)| * scale),
where the scale is 1e3 when the value counts as milliseconds: so -0.25 gives
-1 s + 250000 us (natively 23:59:59.25, not .75). A number written in a string
is first divided by 1000 when above 2e10, then split exactly, so '-0.25' is
-0.25 s. Decimals go through float.
"""

import re
from datetime import date, datetime, timedelta
from math import floor

from . import _errors as E
from ._errors import ConversionError, ParseError
from ._tzinfo import UTC

I64_MAX = 2**63 - 1
U32_MAX = 2**32 - 1
MS_WATERSHED = 20_000_000_000
MAX_SECONDS = 253_402_300_799  # 9999-12-31T23:59:59
MIN_SECONDS = -62_167_219_200  # 0000-01-01T00:00:00
MIN_PY_SECONDS = -62_135_596_800  # 0001-01-01T00:00:00, the first second Python can hold

# `val_temporal_unit`, compiled to small ints once per validator.
UNIT_INFER = 0
UNIT_SECONDS = 1
UNIT_MILLISECONDS = 2
UNITS = {'infer': UNIT_INFER, 'seconds': UNIT_SECONDS, 'milliseconds': UNIT_MILLISECONDS}

# An exponent is accepted only after a '.', as natively ('1.5e3' is a number, '1e3' is not).
_NUMBER_RE = re.compile(r'[+-]?([0-9]*)(?:(\.)([0-9]*)(?:[eE][+-]?[0-9]+)?)?', re.ASCII)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _int_part(digits: str):
    """The integer value of a run of digits as the native parser reads it, or None.

    Natively the digits accumulate in a wrapping signed 64-bit integer and the
    text is not a number once that goes negative: '9223372036854775808' is not
    a number, but '18446744073709551616' wraps to 0 and is one (observed).
    """
    if len(digits) <= 18:
        return int(digits) if digits else 0
    value = 0
    for c in digits:
        value = (value * 10 + ord(c) - 48) & 0xFFFFFFFFFFFFFFFF
        if value > I64_MAX:
            return None
    return value


def scan_number(text: str):
    """The int or float a whole string spells as a timestamp, or None when it is not one.

    An optional sign, digits, an optional '.' and digits, at least one digit in
    all. An int keeps its (wrapped) integer value, a float its correctly rounded value.
    """
    match = _NUMBER_RE.fullmatch(text)
    if match is None:
        return None
    int_digits, dot, fraction_digits = match.groups()
    if not int_digits and not fraction_digits:
        return None
    value = _int_part(int_digits)
    if value is None:
        return None
    if dot is None:
        return -value if text[0] == '-' else value
    return float(text)


def round_half_away(value: float) -> int:
    """Round a non-negative float half away from zero, as Rust's f64::round does."""
    whole = int(value)
    if value - whole >= 0.5:
        whole += 1
    return whole


def normalize(seconds: int, micro: int, unit: int):
    """(seconds, microsecond) after the unit rule and carry, range-checked."""
    if unit == UNIT_MILLISECONDS or (unit == UNIT_INFER and (seconds > MS_WATERSHED or seconds < -MS_WATERSHED)):
        seconds, millis = divmod(seconds, 1000)
        micro += millis * 1000
        if micro > U32_MAX:  # natively a u32 overflow, reported with this odd message
            raise ParseError(E.TIME_TOO_BIG)
    if micro >= 1_000_000:
        seconds += micro // 1_000_000
        micro %= 1_000_000
        if seconds > I64_MAX:  # an i64 overflow natively, with the same odd message
            raise ParseError(E.TIME_TOO_BIG)
    if seconds > MAX_SECONDS:
        raise ParseError(E.AFTER_9999)
    if seconds < MIN_SECONDS:
        raise ParseError(E.BEFORE_0000)
    return seconds, micro


def split_text_float(value: float):
    """(seconds, microsecond) of a float written in a string.

    As natively, seconds saturate to the i64 range and microseconds to u32:
    that is how '9.3e21' ends in a 'numeric times may not exceed' error.
    """
    if value > MS_WATERSHED or value < -MS_WATERSHED:
        value = value / 1000
    if value >= 9.223372036854775807e18:
        seconds = I64_MAX
    elif value < -9.223372036854775807e18:
        seconds = -I64_MAX - 1
    else:
        seconds = floor(value)
    micro = (value - float(seconds)) * 1_000_000
    if micro >= U32_MAX:
        return seconds, U32_MAX
    if micro != micro or micro <= 0:
        return seconds, 0
    return seconds, round_half_away(micro)


def split_python_float(value: float, unit: int):
    """(seconds, microsecond) of a Python float (or a Decimal made float)."""
    if value != value:
        raise ParseError(E.NAN)
    if value == float('inf'):
        raise ParseError(E.AFTER_9999)
    if value == float('-inf'):
        raise ParseError(E.BEFORE_0000)
    seconds = floor(value)
    fraction = abs(value - int(value))
    if unit == UNIT_MILLISECONDS or (unit == UNIT_INFER and abs(value) > MS_WATERSHED):
        return seconds, round_half_away(fraction * 1_000)
    return seconds, round_half_away(fraction * 1_000_000)


def to_datetime(seconds: int, micro: int) -> datetime:
    """The aware (UTC TzInfo) datetime of a normalized timestamp."""
    if seconds < MIN_PY_SECONDS:
        raise ConversionError('year 0 is out of range')
    return _EPOCH + timedelta(0, seconds, micro)


def to_fields(seconds: int, micro: int):
    """(year, month, day, hour, minute, second, microsecond, 0) of a normalized timestamp, year 0 included."""
    days, rest = divmod(seconds, 86400)
    ordinal = days + 719_163  # 1970-01-01
    if ordinal > 0:
        day = date.fromordinal(ordinal)
        year = day.year
    else:  # year 0, a leap year like 400
        day = date.fromordinal(ordinal + 146_097)
        year = day.year - 400
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    return year, day.month, day.day, hour, minute, second, micro, 0


def is_midnight(seconds: int, micro: int) -> bool:
    return micro == 0 and seconds % 86400 == 0
