"""Dates, times, datetimes and durations: what the Rust crate speedate does for the native core.

Validation: one compiled class per schema type, built once from the core
schema and config, then `validate(input, strict, mode, state=None)` per call,
raising ErrorSpec with the native error type and context:
`DateValidatorCore`, `TimeValidatorCore`, `DatetimeValidatorCore`,
`TimedeltaValidatorCore`. The parsers they use are public too
(`parse_date`, `parse_time`, `parse_datetime`, `parse_timedelta`, raising
ParseError / ConversionError). `TzInfo` is the public fixed-offset tzinfo.
Serialization: `serialize` holds the JSON forms (isoformat, ISO 8601
durations, seconds / milliseconds).
"""

from ._date import DateValidatorCore, parse_date
from ._datetime import DatetimeValidatorCore, datetime_from_number, parse_datetime
from ._errors import ConversionError, ParseError
from ._settings import SchemaError
from ._time import TimeValidatorCore, parse_time, time_from_number
from ._timedelta import TimedeltaValidatorCore, parse_timedelta
from ._tzinfo import TzInfo, tzinfo_for

__all__ = [
    'TzInfo',
    'tzinfo_for',
    'DateValidatorCore',
    'TimeValidatorCore',
    'DatetimeValidatorCore',
    'TimedeltaValidatorCore',
    'parse_date',
    'parse_time',
    'parse_datetime',
    'parse_timedelta',
    'datetime_from_number',
    'time_from_number',
    'ParseError',
    'ConversionError',
    'SchemaError',
]
