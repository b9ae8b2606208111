"""TzInfo against the native class: construction (values, rounding, range and
type errors), names, offsets, fromutc, equality, ordering, hashing, copying,
pickling form, and use inside datetimes."""

import copy
import zoneinfo
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import SchemaValidator
from pydantic_core._pydantic_core import TzInfo as NativeTzInfo
from test_temporal_support import temporal

PureTzInfo = temporal.TzInfo
NATIVE_NAME = 'pydantic_core._pydantic_core.TzInfo'

EXPRESSIONS = [
    'TzInfo()', 'TzInfo(0)', 'TzInfo(3600)', 'TzInfo(3600.5)', 'TzInfo(-3600.9)', 'TzInfo(0.000001)', 'TzInfo(-1e-7)',
    'TzInfo(86399)', 'TzInfo(86399.5)', 'TzInfo(86399.99)', 'TzInfo(86399.999)', 'TzInfo(86398.999)', 'TzInfo(86400)',
    'TzInfo(-86400)', 'TzInfo(-86399.999)', 'TzInfo(-86399.99)', 'TzInfo(86400.4)', 'TzInfo(1e100)', 'TzInfo(-1e100)',
    'TzInfo(1e39)', 'TzInfo(float("nan"))', 'TzInfo(float("inf"))', 'TzInfo(float("-inf"))', 'TzInfo(True)',
    'TzInfo(2**70)', 'TzInfo(-2**70)', 'TzInfo(-2147483649.0)', 'TzInfo(Decimal("5.5"))', 'TzInfo(Fraction(7, 2))',
    'TzInfo(3599.9999999)', 'TzInfo(-0.99999999)', 'TzInfo(seconds=5)',
    'TzInfo("1")', 'TzInfo(None)', 'TzInfo(timedelta(1))', 'TzInfo(5, 6)', 'TzInfo(x=1)', 'TzInfo(1, seconds=2)',
    'str(TzInfo(3600))', 'str(TzInfo(-3600))', 'str(TzInfo(0))', 'str(TzInfo(3601))', 'str(TzInfo(-3601))',
    'str(TzInfo(-0.5))', 'repr(TzInfo(-3600.7))', 'TzInfo(1).tzname(None)', 'TzInfo(-1).tzname(None)',
    'TzInfo(4000.000001).tzname(None)', 'TzInfo(3600).tzname(datetime(2020, 1, 1))', 'TzInfo(3600).tzname()',
    'TzInfo(3600).utcoffset(None)', 'TzInfo(-3600).utcoffset("x")', 'TzInfo(3600).dst(None)', 'TzInfo(3600).dst(5)',
    'TzInfo(3600).fromutc(datetime(2020, 1, 1, tzinfo=TzInfo(3600)))', 'TzInfo(3600).fromutc(datetime(2020, 1, 1))',
    'TzInfo(3600).fromutc(datetime(2020, 1, 1, tzinfo=TzInfo(7200)))', 'TzInfo(3600).fromutc(5)',
    'TzInfo(3600).fromutc(date(2020, 1, 1))', 'TzInfo(3600).fromutc(datetime(9999, 12, 31, 23, 30, tzinfo=TzInfo(3600)))',
    'hash(TzInfo(0))', 'hash(TzInfo(3600))', 'hash(TzInfo(-1))', 'hash(TzInfo(-86399))', 'hash(TzInfo(-2**70))',
    'TzInfo(3600) == timezone(timedelta(hours=1))', 'timezone(timedelta(hours=1)) == TzInfo(3600)',
    'TzInfo(0) == zoneinfo.ZoneInfo("UTC")', 'TzInfo(0) == zoneinfo.ZoneInfo("Europe/London")', 'TzInfo(0) == 0',
    'TzInfo(0) != 0', 'TzInfo(0) < TzInfo(1)', 'TzInfo(0) <= TzInfo(0)', 'TzInfo(0) > timezone(timedelta(hours=-1))',
    'TzInfo(0) >= TzInfo(0.5)', 'TzInfo(0) == TzInfo(0.5)', 'TzInfo(0).__eq__(5)', 'TzInfo(0).__lt__(5)',
    'TzInfo(3600.5).__reduce__()[1]', 'TzInfo(0).__reduce_ex__(2)[1]', 'TzInfo(5).__getstate__()',
    'copy.copy(TzInfo(5))', 'copy.deepcopy(TzInfo(5))', 'TzInfo(5).__deepcopy__({})', 'TzInfo(5).__deepcopy__(None)',
    'TzInfo(5).__deepcopy__([])', 'TzInfo.__module__', 'TzInfo.__name__', 'TzInfo.__qualname__', 'TzInfo.__doc__',
    'isinstance(TzInfo(), tzinfo)', 'datetime(2020, 1, 1, tzinfo=TzInfo(3600)).isoformat()',
    'datetime(2020, 1, 1, tzinfo=TzInfo(3600.5)).isoformat()', 'datetime(2020, 1, 1, tzinfo=TzInfo(0)).tzname()',
    'datetime(2020, 1, 1, tzinfo=timezone.utc).astimezone(TzInfo(3600))',
    'datetime(2020, 1, 1, tzinfo=TzInfo(3600)).astimezone(timezone.utc)',
    'datetime(2020, 1, 1, tzinfo=TzInfo(-44100)) == datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=-44100)))',
    'hash(datetime(2020, 1, 1, tzinfo=TzInfo(-44100)))', 'TzInfo(-2147483648.0).utcoffset(None)',
]


def _evaluate(expression, tz_class):
    namespace = {'TzInfo': tz_class, 'datetime': datetime, 'date': date, 'timedelta': timedelta, 'timezone': timezone,
                 'zoneinfo': zoneinfo, 'Decimal': Decimal, 'Fraction': Fraction, 'copy': copy,
                 'tzinfo': __import__('datetime').tzinfo}
    try:
        result = repr(eval(expression, namespace))
    except Exception as exc:  # noqa: BLE001 - the outcome is what we compare
        result = f'{type(exc).__name__}: {exc}'
    # Error texts name a C type by its full name; a Python class cannot (known difference).
    return result.replace(NATIVE_NAME, 'TzInfo').replace(f"'{NATIVE_NAME}'", "'TzInfo'")


@pytest.mark.parametrize('expression', EXPRESSIONS)
def test_same_as_native(expression):
    assert _evaluate(expression, PureTzInfo) == _evaluate(expression, NativeTzInfo)


def test_final_class():
    with pytest.raises(TypeError, match="type 'pydantic_core._pydantic_core.TzInfo' is not an acceptable base type"):
        type('Sub', (PureTzInfo,), {})


def test_pickle_form_rebuilds_an_equal_object():
    for seconds in (0, 3600, -44100, 86399):
        cls, args = PureTzInfo(seconds).__reduce__()
        assert cls is PureTzInfo
        assert cls(*args) == PureTzInfo(seconds)
        assert args == NativeTzInfo(seconds).__reduce__()[1]


def test_parsed_datetimes_carry_tzinfo_like_native():
    validator = SchemaValidator({'type': 'datetime'})
    core = temporal.DatetimeValidatorCore({'type': 'datetime'}, None)
    for text in ('2022-06-08T12:13:14Z', '2022-06-08T12:13:14-12:15', '2022-06-08T12:13:14+23:59', '1654646400'):
        native, pure = validator.validate_python(text), core.validate(text, False)
        assert type(native.tzinfo).__name__ == type(pure.tzinfo).__name__ == 'TzInfo'
        assert repr(native.tzinfo) == repr(pure.tzinfo)
        assert str(native.tzinfo) == str(pure.tzinfo)
        assert hash(native) == hash(pure) and native == pure


def _construct(tz_class, seconds):
    try:
        tz = tz_class(seconds)
    except Exception as exc:  # noqa: BLE001
        return (type(exc).__name__, str(exc))
    return (repr(tz), str(tz), hash(tz), tz.utcoffset(None))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.floats(), st.integers(-(2**40), 2**40), st.integers(-90000, 90000)))
def test_fuzz_construction(seconds):
    assert _construct(PureTzInfo, seconds) == _construct(NativeTzInfo, seconds)
