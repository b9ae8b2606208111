"""Fast paths for the common well-formed texts, on CPython's C `fromisoformat`.

`fromisoformat` accepts more than the native grammar ('24:00', '+01', any
separator, week dates, basic formats...), so each function first checks the
few positions that tell the shapes apart and hands anything else back (None)
to the scanners in `_iso`, which then give the result or the native error
message. A value that `fromisoformat` refuses (Feb 30, year 0, a second of 60)
also goes back to them. Callers pass ASCII text only. A NUL ends the text for `fromisoformat` (it reads a C
string), so text holding one never takes these paths.
"""

from datetime import date, datetime, time

from ._tzinfo import UTC, tzinfo_for

_fromiso_datetime = datetime.fromisoformat
_fromiso_date = date.fromisoformat
_fromiso_time = time.fromisoformat
_DIGITS = frozenset('0123456789')

# Zone suffix text -> TzInfo, filled on first sight; only valid '+HH:MM' / '+HHMM' forms.
_ZONES = {'Z': UTC, 'z': UTC}


def _zone(text: str):
    tz = _ZONES.get(text)
    if tz is not None:
        return tz
    digits = text[1:3] + text[-2:]
    if len(digits) != 4 or any(c not in _DIGITS for c in digits) or (len(text) == 6 and text[3] != ':'):
        return None
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 23 or minutes > 59:
        return None
    offset = hours * 3600 + minutes * 60
    tz = _ZONES[text] = tzinfo_for(-offset if text[0] == '-' else offset)
    return tz


def split_zone(s: str):
    """(text before the zone, TzInfo or None), or None for a zone the native parser
    refuses or that needs its error messages. Needs len(s) >= 6."""
    last = s[-1]
    if last == 'Z' or last == 'z':
        return s[:-1], UTC
    c = s[-6]
    if c == '+' or c == '-':
        tz = _zone(s[-6:])
        return None if tz is None else (s[:-6], tz)
    c = s[-5]
    if c == '+' or c == '-':
        tz = _zone(s[-5:])
        return None if tz is None else (s[:-5], tz)
    return s, None


def fast_datetime(s: str, fraction_error: bool = False):
    """The datetime of an ASCII 'YYYY-MM-DD(T|t|_| )HH:MM[:SS[.f]][zone]', or None."""
    if len(s) < 16 or s[4] != '-' or s[7] != '-' or s[13] != ':' or s[10] not in 'Tt _' or s[11:13] == '24':
        return None
    if '\x00' in s:
        return None
    body, tz = split_zone(s) or (None, None)
    if body is None or len(body) < 16 or (len(body) > 16 and (body[16] != ':' or (fraction_error and len(body) > 26))):
        return None
    try:
        value = _fromiso_datetime(body)
    except ValueError:
        return None
    if value.tzinfo is not None:  # a zone form the native parser refuses ('+01', '+01:00:00')
        return None
    return value if tz is None else value.replace(tzinfo=tz)


def fast_time(s: str, fraction_error: bool = False):
    """The time of an ASCII 'HH:MM[:SS[.f]][zone]', or None."""
    n = len(s)
    if n < 5 or s[2] != ':' or s[:2] == '24' or '\x00' in s:
        return None
    if n > 5:
        body, tz = split_zone(s) or (None, None)
        if body is None or len(body) < 5 or (len(body) > 5 and (body[5] != ':' or (fraction_error and len(body) > 15))):
            return None
    else:
        body, tz = s, None
    try:
        value = _fromiso_time(body)
    except ValueError:
        return None
    if value.tzinfo is not None:
        return None
    return value if tz is None else value.replace(tzinfo=tz)


def fast_date(s: str):
    """The date of an ASCII 'YYYY-MM-DD', or None."""
    if len(s) != 10 or s[4] != '-' or s[7] != '-' or '\x00' in s:
        return None
    try:
        return _fromiso_date(s)
    except ValueError:
        return None
