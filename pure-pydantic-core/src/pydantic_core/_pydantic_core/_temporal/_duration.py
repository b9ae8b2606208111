"""Durations in text, scanned as the native parser does, and numbers as durations.

Three observed forms, after an optional sign:
- ISO 8601 `P[nY][nM][nW][nD][T[nH][nM][nS]]`: components in any order and
  repeatable, `,` or `.` fractions on the last one only; Y = 365 days,
  M = 30 days, W = 7 days. Each whole quantity times its unit must fit in 32
  bits (days for the date part, seconds for the time part), as must the sums.
- `[-]D d|day|days[,][ ]HH:MM[:SS[.f]]`, chosen when the text holds a `d`/`D`
  or is shorter than 5 bytes;
- `H...:MM[:SS[.f]]` with up to 10 hour digits.
"""

import re
from datetime import timedelta

from . import _errors as E
from ._errors import ParseError
from ._timestamps import round_half_away

U32_MAX = 2**32 - 1
MAX_DAYS = 999_999_999
MAX_HOURS = 2_400_000_000  # observed limit of the hour field without a day part

HOURS_TOO_BIG = 'durations may not exceed 999,999,999 hours'
TOO_LARGE = 'a numeric value in the duration is too large'
INVALID_DIGIT = 'invalid digit in duration'
DAY_IDENTIFIER = '"day" identifier in duration not correctly formatted'
DATE_QUANTITY = 'quantity invalid in date part of duration'
TIME_QUANTITY = 'quantity invalid in time part of duration'
FRACTION_INVALID = 'quantity fraction invalid in duration'
T_REPEATED = '`t` character repeated in duration'

_DIGITS = frozenset('0123456789')
_DATE_UNITS = {'Y': 365, 'M': 30, 'W': 7, 'D': 1}
_TIME_UNITS = {'H': 3600, 'M': 60, 'S': 1}


def _digits_end(s: str, pos: int) -> int:
    n = len(s)
    while pos < n and s[pos] in _DIGITS:
        pos += 1
    return pos


# Fast paths for the usual shapes, with small numbers only so that no limit can be
# reached; anything else goes through the scanners below.
_ISO_FAST = re.compile(
    r'([+-]?)P(?:([0-9]{1,5})Y)?(?:([0-9]{1,5})M)?(?:([0-9]{1,5})W)?(?:([0-9]{1,5})D)?'
    r'(?:T(?:([0-9]{1,5})H)?(?:([0-9]{1,5})M)?(?:([0-9]{1,5})(?:[.,]([0-9]{1,6}))?S)?)?'
)
_DAY_CLOCK_FAST = re.compile(
    r'([+-]?)(?:([0-9]{1,9}) ?[dD](?:ays?|AYS?)?,? ?)?(?:([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,5}))?)?)?'
)


def fast_duration(s: str):
    """The timedelta of a usual ISO or day/clock text with small numbers, or None."""
    match = _ISO_FAST.fullmatch(s)
    if match is not None:
        sign, years, months, weeks, days, hours, minutes, seconds, fraction = match.groups()
        if len(s) - len(sign) < 3:  # 'P' and 'PT' are too short
            return None
        total_days = int(days) if days else 0
        if years:
            total_days += int(years) * 365
        if months:
            total_days += int(months) * 30
        if weeks:
            total_days += int(weeks) * 7
        total_seconds = int(seconds) if seconds else 0
        if hours:
            total_seconds += int(hours) * 3600
        if minutes:
            total_seconds += int(minutes) * 60
        # Up to six digits the native float rounding gives exactly these microseconds.
        micro = int((fraction + '00000')[:6]) if fraction else 0
        if sign == '-':
            return timedelta(-total_days, -total_seconds, -micro)
        return timedelta(total_days, total_seconds, micro)
    match = _DAY_CLOCK_FAST.fullmatch(s)
    if match is not None:
        sign, days, hours, minutes, seconds, fraction = match.groups()
        if hours is None:
            if days is None:
                return None
            return timedelta(-int(days) if sign == '-' else int(days))
        hours, minutes = int(hours), int(minutes)
        seconds = int(seconds) if seconds is not None else 0
        if minutes > 59 or seconds > 59 or (days is not None and hours > 23):
            return None
        seconds += hours * 3600 + minutes * 60
        micro = int((fraction + '00000')[:6]) if fraction else 0
        days = int(days) if days is not None else 0
        if sign == '-':
            return timedelta(-days, -seconds, -micro)
        return timedelta(days, seconds, micro)
    return None


def scan_duration(s: str, fraction_error: bool = False):
    """(positive, days, seconds, microseconds) of a duration text (one char per byte)."""
    n = len(s)
    pos = 0
    positive = True
    if n and (s[0] == '-' or s[0] == '+'):
        positive = s[0] == '+'
        pos = 1
    if pos == n:
        raise ParseError(E.TOO_SHORT)
    if s[pos] == 'P':
        days, seconds, micro = _scan_iso(s, pos + 1)
    elif n - pos < 5 or 'd' in s or 'D' in s:
        days, seconds, micro = _scan_day_form(s, pos, fraction_error)
    else:
        hours, minutes, seconds, micro = _scan_clock(s, pos, fraction_error, MAX_HOURS)
        days, seconds = divmod(hours * 3600 + minutes * 60 + seconds, 86400)
    return positive, days, seconds, micro


def _scan_clock(s: str, pos: int, fraction_error: bool, max_hours: int = 0):
    """(hours, minutes, seconds, microseconds) of `H...:MM[:SS[.f]]` running to the end."""
    n = len(s)
    colon = s.find(':', pos)
    if colon == -1:
        raise ParseError(E.HOUR_CHAR)
    hour_text = s[pos:colon]
    if len(hour_text) > 10:
        raise ParseError(HOURS_TOO_BIG)
    if any(c not in _DIGITS for c in hour_text):
        raise ParseError(E.HOUR_CHAR)
    hours = int(hour_text) if hour_text else 0
    if max_hours and hours > max_hours:
        raise ParseError(HOURS_TOO_BIG)
    pos = colon + 1
    if fraction_error and n - pos > 12:
        # Natively checked here, by length alone: 'MM:SS.ffffff' is 12 bytes.
        raise ParseError(E.FRACTION_TOO_LONG)
    if n - pos < 2:
        raise ParseError(E.TOO_SHORT)
    if s[pos] not in _DIGITS or s[pos + 1] not in _DIGITS:
        raise ParseError(E.MINUTE_CHAR)
    minutes = int(s[pos : pos + 2])
    if minutes > 59:
        raise ParseError(E.MINUTE_RANGE)
    pos += 2
    seconds = micro = 0
    if pos < n and s[pos] == ':':
        if pos + 2 >= n or s[pos + 1] not in _DIGITS or s[pos + 2] not in _DIGITS:
            raise ParseError(E.SECOND_CHAR)
        seconds = int(s[pos + 1 : pos + 3])
        if seconds > 59:
            raise ParseError(E.SECOND_RANGE)
        pos += 3
        if pos < n and (s[pos] == '.' or s[pos] == ','):
            start = pos + 1
            pos = _digits_end(s, start)
            if pos == start:
                raise ParseError(E.FRACTION_MISSING)
            if pos - start >= 6:
                # Natively the scan stops after six digits and the rest is ignored,
                # whatever it is ('12:46:00.1234567x' is accepted; observed).
                return hours, minutes, seconds, int(s[start : start + 6])
            micro = int((s[start:pos] + '00000')[:6])
    if pos < n:
        raise ParseError(E.EXTRA)
    return hours, minutes, seconds, micro


def _scan_day_form(s: str, pos: int, fraction_error: bool):
    n = len(s)
    end = _digits_end(s, pos)
    if end == pos:
        raise ParseError(INVALID_DIGIT)
    days = int(s[pos:end])
    if days > U32_MAX:
        raise ParseError(TOO_LARGE)
    pos = end
    if pos < n and s[pos] == ' ':
        pos += 1
    if pos >= n or (s[pos] != 'd' and s[pos] != 'D'):
        raise ParseError(DAY_IDENTIFIER)
    pos += 1
    if pos < n and (s[pos] == 'a' or s[pos] == 'A'):
        word = s[pos : pos + 2]
        if word == 'ay':
            pos += 2
            if pos < n and s[pos] == 's':
                pos += 1
        elif word == 'AY':
            pos += 2
            if pos < n and s[pos] == 'S':
                pos += 1
        else:
            raise ParseError(DAY_IDENTIFIER)
    if pos < n and s[pos] == ',':
        pos += 1
    if pos < n and s[pos] == ' ':
        pos += 1
    seconds = micro = 0
    if pos < n:
        if n - pos < 5:
            raise ParseError(E.TOO_SHORT)
        hours, minutes, seconds, micro = _scan_clock(s, pos, fraction_error, MAX_HOURS)
        if hours > 23:
            raise ParseError(HOURS_TOO_BIG)
        seconds += hours * 3600 + minutes * 60
    if days > MAX_DAYS:
        raise ParseError(E.DURATION_TOO_BIG)
    return days, seconds, micro


def _scan_iso(s: str, pos: int):
    n = len(s)
    if pos == n:
        raise ParseError(E.TOO_SHORT)
    days = seconds = micro = 0
    in_time = False
    fraction_seen = False
    components = 0
    while pos < n:
        c = s[pos]
        if c == 'T':
            if in_time:
                raise ParseError(T_REPEATED)
            in_time = True
            pos += 1
            if pos == n and not components:
                raise ParseError(E.TOO_SHORT)
            continue
        end = _digits_end(s, pos)
        if end == pos:
            raise ParseError(INVALID_DIGIT)
        whole = int(s[pos:end])
        if whole > U32_MAX:
            raise ParseError(TOO_LARGE)
        if fraction_seen:
            raise ParseError(FRACTION_INVALID)
        pos = end
        fraction = None
        if pos < n and (s[pos] == '.' or s[pos] == ','):
            end = _digits_end(s, pos + 1)
            fraction = float('0.' + s[pos + 1 : end]) if end > pos + 1 else 0.0
            fraction_seen = True
            pos = end
        unit = s[pos] if pos < n else ''
        if in_time:
            factor = _TIME_UNITS.get(unit)
            if factor is None:
                raise ParseError(TIME_QUANTITY)
            seconds += whole * factor
            if whole * factor > U32_MAX or seconds > U32_MAX:
                raise ParseError(TOO_LARGE)
            fraction_seconds = fraction * factor if fraction else 0.0
        else:
            factor = _DATE_UNITS.get(unit)
            if factor is None:
                raise ParseError(DATE_QUANTITY)
            days += whole * factor
            if whole * factor > U32_MAX or days > U32_MAX:
                raise ParseError(TOO_LARGE)
            fraction_seconds = fraction * factor * 86400 if fraction else 0.0
        if fraction_seconds:
            extra = int(fraction_seconds)
            seconds += extra
            micro += round_half_away((fraction_seconds - extra) * 1_000_000)
        pos += 1
        components += 1
    if micro >= 1_000_000:
        seconds += micro // 1_000_000
        micro %= 1_000_000
    extra_days, seconds = divmod(seconds, 86400)
    days += extra_days
    if days > MAX_DAYS:
        raise ParseError(E.DURATION_TOO_BIG)
    return days, seconds, micro


def make_timedelta(positive: bool, days: int, seconds: int, micro: int) -> timedelta:
    """The timedelta of a magnitude and sign, built as natively: a negative one is
    timedelta(days=-d, seconds=-s, microseconds=-us), which raises OverflowError
    just past timedelta.min (the native core lets that escape too)."""
    if positive:
        return timedelta(days, seconds, micro)
    return timedelta(-days, -seconds, -micro)


def duration_from_number(value) -> timedelta:
    """An int / float / Decimal number of seconds. Raises ParseError."""
    if isinstance(value, int):
        number = int(value)
        if not -(2**63) <= number < 2**63:
            raise ParseError(E.DURATION_TOO_BIG)
        positive = number >= 0
        days, seconds = divmod(abs(number), 86400)
        days &= U32_MAX  # natively the day count of an int wraps at 32 bits (observed)
        micro = 0
    else:
        number = float(value)
        if number != number:
            raise ParseError(E.NAN)
        if number in (float('inf'), float('-inf')):
            raise ParseError(E.DURATION_TOO_BIG)
        positive = number >= 0
        magnitude = abs(number)
        whole = int(magnitude)
        micro = round_half_away((magnitude - whole) * 1_000_000)
        if micro >= 1_000_000:
            whole += 1
            micro -= 1_000_000
        days, seconds = divmod(whole, 86400)
    if days > MAX_DAYS:
        raise ParseError(E.DURATION_TOO_BIG)
    return make_timedelta(positive, days, seconds, micro)
