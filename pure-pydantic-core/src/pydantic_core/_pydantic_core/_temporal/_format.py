"""Text forms the native core writes: JSON isoformat of dates and times, ISO 8601
durations, the texts of constraint bounds in error contexts, and numbers for
`ser_json_timedelta='float'` / `ser_json_temporal`.

Zone offsets are written in whole seconds cut toward zero, then as `Z` when
zero, else `+HH:MM` with any seconds dropped: an offset of 30 s is '+00:00'
and one of 30 us is 'Z' (as natively).
"""

from datetime import timedelta


def offset_seconds(offset: timedelta) -> int:
    """A utcoffset() as whole seconds, cut toward zero."""
    seconds = offset.days * 86400 + offset.seconds
    if seconds < 0 and offset.microseconds:
        seconds += 1
    return seconds


def offset_text(seconds: int) -> str:
    if seconds == 0:
        return 'Z'
    sign = '-' if seconds < 0 else '+'
    minutes = abs(seconds) // 60
    return f'{sign}{minutes // 60:02}:{minutes % 60:02}'


def _time_text(hour: int, minute: int, second: int, micro: int) -> str:
    if micro:
        return f'{hour:02}:{minute:02}:{second:02}.{micro:06}'
    return f'{hour:02}:{minute:02}:{second:02}'


def date_iso(value) -> str:
    return f'{value.year:04}-{value.month:02}-{value.day:02}'


def datetime_iso(value) -> str:
    """'2022-01-01T12:13:14[.ffffff][Z|+HH:MM]' (serializer JSON and error contexts)."""
    text = f'{value.year:04}-{value.month:02}-{value.day:02}T' + _time_text(
        value.hour, value.minute, value.second, value.microsecond
    )
    if value.tzinfo is not None:
        offset = value.utcoffset()
        if offset is not None:
            text += offset_text(offset_seconds(offset))
    return text


def time_iso(value) -> str:
    text = _time_text(value.hour, value.minute, value.second, value.microsecond)
    if value.tzinfo is not None:
        offset = value.utcoffset()
        if offset is not None:
            text += offset_text(offset_seconds(offset))
    return text


def duration_parts(value: timedelta):
    """(positive, days, seconds, microseconds) of the magnitude of a timedelta."""
    if value.days < 0:
        value = -value
        return False, value.days, value.seconds, value.microseconds
    return True, value.days, value.seconds, value.microseconds


def duration_iso(value: timedelta) -> str:
    """ISO 8601 duration as the native serializer writes it: '-P1Y35DT2H3M4.5S', 'PT0S'."""
    positive, days, seconds, micro = duration_parts(value)
    text = 'P' if positive else '-P'
    years, days = divmod(days, 365)
    if years:
        text += f'{years}Y'
    if days:
        text += f'{days}D'
    if seconds or micro:
        text += 'T'
        hours, seconds = divmod(seconds, 3600)
        minutes, seconds = divmod(seconds, 60)
        if hours:
            text += f'{hours}H'
        if minutes:
            text += f'{minutes}M'
        if micro:
            text += f'{seconds}.{micro:06}'.rstrip('0') + 'S'
        elif seconds:
            text += f'{seconds}S'
    elif not years and not days:
        text += 'T0S'
    return text


def _plural(count: int, unit: str) -> str:
    return f'{count} {unit}' if count == 1 else f'{count} {unit}s'


def duration_constraint_text(value: timedelta) -> str:
    """How a timedelta bound reads in an error ('1 day and 2 hours', '-1 days and 1 microsecond')."""
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if value.days:
        parts.append(_plural(value.days, 'day'))
    if hours:
        parts.append(_plural(hours, 'hour'))
    if minutes:
        parts.append(_plural(minutes, 'minute'))
    if seconds:
        parts.append(_plural(seconds, 'second'))
    if value.microseconds:
        parts.append(_plural(value.microseconds, 'microsecond'))
    return ' and '.join(parts) if parts else '0 seconds'
