"""JSON forms of dates, times, datetimes and timedeltas, as the native serializer writes them.

`to_json_value(value, mode)` gives what `to_python(mode='json')` returns and
what `to_json` writes (a str, or a float the JSON writer formats);
`to_json_key(value, mode)` gives the text of a dict key. `mode` is one of
ISO8601, SECONDS, MILLISECONDS, chosen once per serializer with `mode_for`.

Observed numbers: the seconds form of a datetime reads its wall clock as if it
were UTC (the zone offset is ignored), times likewise; a timedelta is
sign * (|whole microseconds| / 1e6), milliseconds / 1e3.
"""

from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from ._format import date_iso, datetime_iso, duration_iso, time_iso

__all__ = [
    'ISO8601',
    'SECONDS',
    'MILLISECONDS',
    'mode_for',
    'mode_for_call',
    'to_json_value',
    'to_json_key',
    'float_key_text',
    'date_iso',
    'datetime_iso',
    'time_iso',
    'duration_iso',
]

ISO8601 = 'iso8601'
SECONDS = 'seconds'
MILLISECONDS = 'milliseconds'

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_I64_MAX = 2**63 - 1


def mode_for(config: dict | None, schema_type: str | None = None) -> str:
    """The JSON mode a serializer uses, from the config keys.

    `schema_type` is 'datetime', 'date', 'time' or 'timedelta' for a typed
    serializer, None for inference (any / unknown types). An explicit
    `ser_json_temporal` (even 'iso8601') wins; otherwise
    `ser_json_timedelta='float'` means seconds for timedelta fields, and for
    every temporal value met by inference (observed).
    """
    config = config or {}
    temporal = config.get('ser_json_temporal')
    if temporal is not None:
        return temporal
    if config.get('ser_json_timedelta') == 'float' and schema_type in (None, 'timedelta'):
        return SECONDS
    return ISO8601


def mode_for_call(temporal_mode: str = ISO8601, timedelta_mode: str = ISO8601) -> str:
    """The mode of `to_json` / `to_jsonable_python` arguments (inference): there
    'iso8601' is the default, so it counts as unset and `timedelta_mode='float'`
    then means seconds for every temporal value (observed)."""
    if temporal_mode != ISO8601:
        return temporal_mode
    return SECONDS if timedelta_mode == 'float' else ISO8601


def _datetime_number(value: datetime, scale: int) -> float:
    days = value.toordinal() - _EPOCH_ORDINAL
    seconds = days * 86400 + value.hour * 3600 + value.minute * 60 + value.second
    if scale == 1:
        return seconds + value.microsecond / 1e6
    return seconds * 1000 + value.microsecond / 1000


def _time_number(value: time, scale: int) -> float:
    seconds = value.hour * 3600 + value.minute * 60 + value.second
    if scale == 1:
        return seconds + value.microsecond / 1e6
    return seconds * 1000 + value.microsecond / 1000


def _date_number(value: date, scale: int) -> float:
    return float((value.toordinal() - _EPOCH_ORDINAL) * 86400 * scale)


def _timedelta_number(value: timedelta, scale: int) -> float:
    seconds = value.days * 86400 + value.seconds
    micro = seconds * 1_000_000 + value.microseconds
    if -_I64_MAX <= micro <= _I64_MAX:
        return micro / (1e6 if scale == 1 else 1e3)
    # Past i64 microseconds (about 292,000 years) natively the whole seconds and the
    # microseconds are added as floats instead (observed).
    if scale == 1:
        return float(seconds) + value.microseconds / 1e6
    return float(seconds) * 1e3 + value.microseconds / 1e3


def to_json_value(value, mode: str = ISO8601):
    """The JSON value of a datetime / date / time / timedelta: a str or a float."""
    if mode == ISO8601:
        if isinstance(value, datetime):
            return datetime_iso(value)
        if isinstance(value, date):
            return date_iso(value)
        if isinstance(value, time):
            return time_iso(value)
        return duration_iso(value)
    scale = 1 if mode == SECONDS else 1000
    if isinstance(value, datetime):
        return _datetime_number(value, scale)
    if isinstance(value, date):
        return _date_number(value, scale)
    if isinstance(value, time):
        return _time_number(value, scale)
    return _timedelta_number(value, scale)


def float_key_text(value: float) -> str:
    """A temporal number as a dict key: Rust's Display of f64, shortest digits, never
    an exponent ('0.000001', '86399999913600000'). Not the form of plain float keys,
    which natively switch to exponents for very large or small values."""
    if value != value:
        return 'NaN'
    if value in (float('inf'), float('-inf')):
        return 'inf' if value > 0 else '-inf'
    shortest = Decimal(repr(value))
    exact = Decimal(value)
    if shortest != exact:
        # Same digit count, but a tie between two shortest forms goes up (Python's repr
        # picks the even one): 231926244269064.625 is '...064.63' natively.
        step = Decimal(1).scaleb(exact.adjusted() - len(shortest.as_tuple().digits) + 1)
        rounded = exact.quantize(step, rounding=ROUND_HALF_UP)
        if float(rounded) == value:
            shortest = rounded
    text = format(shortest, 'f')
    if '.' in text:
        text = text.rstrip('0').rstrip('.')
    return text


def to_json_key(value, mode: str = ISO8601) -> str:
    """The text of a temporal value used as a JSON object key."""
    result = to_json_value(value, mode)
    return result if isinstance(result, str) else float_key_text(result)
