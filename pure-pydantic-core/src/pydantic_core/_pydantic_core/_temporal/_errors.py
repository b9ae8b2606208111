"""The two ways a temporal parse can fail, and the native texts of the first.

`ParseError` is a grammar error (the native parser's own message, e.g. 'input
is too short'): a lax validator may still try another form after it.
`ConversionError` means the text was well formed but Python refused the value
(CPython's own message, e.g. 'year 0 is out of range'); no fallback applies.
"""


class ParseError(Exception):
    __slots__ = ()

    @property
    def message(self) -> str:
        return self.args[0]


class ConversionError(Exception):
    __slots__ = ()

    @property
    def message(self) -> str:
        return self.args[0]


TOO_SHORT = 'input is too short'
EXTRA = 'unexpected extra characters at the end of the input'
YEAR_CHAR = 'invalid character in year'
MONTH_CHAR = 'invalid character in month'
DAY_CHAR = 'invalid character in day'
DATE_SEP = 'invalid date separator, expected `-`'
MONTH_RANGE = 'month value is outside expected range of 1-12'
DAY_RANGE = 'day value is outside expected range'
DATETIME_SEP = 'invalid datetime separator, expected `T`, `t`, `_` or space'
HOUR_CHAR = 'invalid character in hour'
MINUTE_CHAR = 'invalid character in minute'
SECOND_CHAR = 'invalid character in second'
TIME_SEP = 'invalid time separator, expected `:`'
HOUR_RANGE = 'hour value is outside expected range of 0-23'
MINUTE_RANGE = 'minute value is outside expected range of 0-59'
SECOND_RANGE = 'second value is outside expected range of 0-59'
FRACTION_MISSING = 'second fraction digits missing after `.`'
FRACTION_TOO_LONG = 'second fraction value is more than 6 digits long'
TZ_SIGN = 'invalid timezone sign'
TZ_HOUR = 'invalid timezone hour'
TZ_MINUTE = 'invalid timezone minute'
TZ_HOUR_RANGE = 'timezone offset must be less than 24 hours'
TZ_MINUTE_RANGE = 'timezone minute value is outside expected range of 0-59'
AFTER_9999 = 'dates after 9999 are not supported as unix timestamps'
BEFORE_0000 = 'dates before 0000 are not supported as unix timestamps'
NOT_EXACT_TIMESTAMP = 'Timestamp is not an exact date'
NAN = 'NaN values not permitted'
TIME_TOO_BIG = 'numeric times may not exceed 86,399 seconds'
TIME_NEGATIVE = 'time in seconds should be positive'
DURATION_TOO_BIG = 'durations may not exceed 999,999,999 days'
