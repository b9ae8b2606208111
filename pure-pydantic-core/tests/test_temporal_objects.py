"""Python objects as dates, times, datetimes and timedeltas (subclasses, zones,
broken tzinfos), the constraints (le/lt/ge/gt, now_op, tz_constraint) with the
texts of their error contexts, and build-time errors, compared with the native core."""

import enum
import zoneinfo
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_temporal_support import CORES, KINDS, assert_same, native_build_error, pure_build_error, temporal

TzInfo = temporal.TzInfo
LONDON = zoneinfo.ZoneInfo('Europe/London')


class SubDate(date):
    pass


class SubDatetime(datetime):
    pass


class SubTime(time):
    pass


class SubTimedelta(timedelta):
    pass


class SubStr(str):
    pass


class IntEnum(enum.IntEnum):
    a = 1654646400


class FloatEnum(float, enum.Enum):
    a = 1.5


class StrEnum(str, enum.Enum):
    a = '2022-01-01T00:00'


class PlainEnum(enum.Enum):
    a = 1654646400


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None


class OddOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1, seconds=30, microseconds=5)


class FailingOffset(tzinfo):
    def utcoffset(self, dt):
        raise ValueError('boom')


class MissingOffset(tzinfo):
    def tzname(self, dt):
        return 'X'


ZONES = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-2, seconds=-5)),
         timezone(timedelta(seconds=30)), LONDON, TzInfo(3600), NoOffset(), OddOffset()]
BROKEN = [FailingOffset(), MissingOffset()]

OBJECTS = [
    date(2022, 6, 8), SubDate(2022, 6, 8), datetime(2022, 6, 8), datetime(2022, 6, 8, 12), SubDatetime(2022, 6, 8),
    SubDatetime(2022, 6, 8, 0, 0, 1), datetime(2022, 6, 8, tzinfo=timezone.utc), time(12, 13, 14), SubTime(1, 2),
    time(12, tzinfo=timezone.utc), timedelta(days=1, seconds=2), SubTimedelta(3), timedelta.max, timedelta.min,
    SubStr('2022-01-01T00:00'), SubStr('12:00'), SubStr('P1D'), IntEnum.a, FloatEnum.a, StrEnum.a, PlainEnum.a,
    None, [], {}, (1,), object(), 1 + 2j, bytearray(b'2022-01-01'), memoryview(b'2022-01-01'), b'\xff\xfe',
    Decimal('1.5'),
] + [datetime(2022, 1, 1, tzinfo=z) for z in ZONES[1:]] + [time(1, tzinfo=z) for z in ZONES[1:]]


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize('strict', [None, True])
def test_objects(kind, strict):
    for value in OBJECTS:
        assert_same(kind, value, strict=strict)


@pytest.mark.parametrize('kind', KINDS)
def test_objects_are_returned_as_given(kind):
    value = {'date': SubDate(2022, 1, 1), 'time': SubTime(1), 'datetime': SubDatetime(2022, 1, 1),
             'timedelta': SubTimedelta(1)}[kind]
    core = CORES[kind]({'type': kind}, None)
    assert core.validate(value, False) is value
    assert core.validate(value, True) is value


@pytest.mark.parametrize('value', [datetime(2022, 1, 1, tzinfo=z) for z in BROKEN])
@pytest.mark.parametrize('schema', [{}, {'gt': datetime(2000, 1, 1)}, {'tz_constraint': 'aware'}, {'tz_constraint': 3600},
                                    {'now_op': 'past'}])
def test_broken_tzinfo_datetime(value, schema):
    assert_same('datetime', value, **schema)
    assert_same('date', value)


@pytest.mark.parametrize('value', [time(1, tzinfo=z) for z in BROKEN])
@pytest.mark.parametrize('schema', [{}, {'gt': time(0)}, {'tz_constraint': 'aware'}, {'tz_constraint': 3630}])
def test_broken_tzinfo_time(value, schema):
    assert_same('time', value, **schema)


def test_datetime_bounds_context_and_comparison():
    bounds = [datetime(2022, 6, 1, tzinfo=LONDON), datetime(2022, 1, 1, 15, tzinfo=LONDON), datetime(2022, 1, 1, 0, 0, 0, 123),
              datetime(2022, 1, 1, 0, 0, 1, tzinfo=timezone(timedelta(hours=-2, minutes=-30, seconds=-5))),
              datetime(2021, 1, 1, 0, 0, 1, tzinfo=timezone(timedelta(microseconds=5))), date(2022, 1, 1), '2022-01-01T00:00:00Z',
              b'2022-01-01T00:00', 1654646400, 1577836800.5, Decimal('1577836800.5'), '1654646400']
    inputs = ['2022-05-31T23:30:00', '2022-06-01T00:30:00', '2022-06-01T00:00:00+01:00', '2022-05-31T23:00:01Z',
              '2022-01-01T16:00:00+01:00', datetime(2021, 6, 14, tzinfo=LONDON), '2022-01-01', 1654646400]
    for bound in bounds:
        for key in ('le', 'lt', 'ge', 'gt'):
            for value in inputs:
                assert_same('datetime', value, **{key: bound})


def test_time_and_date_and_timedelta_bounds():
    for bound in [time(12, 0, 0, 5, tzinfo=timezone(timedelta(hours=2))), time(12), time(1), '12:00', b'01:00', 3600, 3600.5,
                  Decimal(3600)]:
        for value in ['11:30', '12:30', '13:00+01:00', '10:00Z', '23:00-02:00', '01:00+02:00', '00:30-12:00',
                      time(12, 30, tzinfo=LONDON), time(11, 0, tzinfo=LONDON)]:
            for key in ('le', 'lt', 'ge', 'gt'):
                assert_same('time', value, **{key: bound})
    for bound in [date(2000, 1, 1), '2000-01-01', b'2000-01-01']:
        for value in ['2000-01-01', '2000-01-02', '1999-12-31', date(2000, 1, 1)]:
            for key in ('le', 'lt', 'ge', 'gt'):
                assert_same('date', value, **{key: bound})
    for bound in [timedelta(days=3), timedelta(seconds=-86400.123), timedelta(hours=1, minutes=30), timedelta(),
                  timedelta(days=-1, microseconds=1), timedelta(weeks=-3, seconds=-3661, microseconds=-7), timedelta.max,
                  timedelta.min, 'P1D', '1 day', b'P1D', 86400, 86400.5, Decimal(86400)]:
        for value in ['P3DT1H', 'P3D', '-PT86400.122S', 'PT180S', '-P0DT0.1S', 'P0DT0.0S', timedelta(0)]:
            for key in ('le', 'lt', 'ge', 'gt'):
                assert_same('timedelta', value, **{key: bound})


def test_check_order():
    d = datetime
    assert_same('datetime', '2020-01-01T00:00:00Z', le=d(2000, 1, 1), gt=d(2030, 1, 1), lt=d(2001, 1, 1), ge=d(2029, 1, 1),
                now_op='future', tz_constraint='naive')
    assert_same('datetime', '2020-01-01T00:00:00Z', gt=d(2030, 1, 1), now_op='future', tz_constraint='naive')
    assert_same('datetime', '2020-01-01T00:00:00Z', now_op='future', tz_constraint='naive')
    assert_same('date', '2020-01-01', le=date(2000, 1, 1), gt=date(2030, 1, 1), now_op='future')
    assert_same('time', '12:00Z', le=time(1), gt=time(13), tz_constraint='naive')
    assert_same('timedelta', 'P1D', le=timedelta(0), gt=timedelta(days=3), lt=timedelta(1), ge=timedelta(days=2))


@pytest.mark.parametrize('tz', ['aware', 'naive', 0, 3600, -7200, 3630])
def test_tz_constraint(tz):
    for value in ['2022-01-01T00:00:00', '2022-01-01T00:00:00+01:00', '2022-01-01T00:00:00Z', '2022-01-01', 1654646400,
                  datetime(2022, 1, 1), date(2022, 1, 1)] + [datetime(2022, 1, 1, tzinfo=z) for z in ZONES[1:]]:
        assert_same('datetime', value, tz_constraint=tz)
    for value in ['00:00:00', '00:00+01:00', '00:00Z', 3600] + [time(1, tzinfo=z) for z in ZONES[1:]]:
        assert_same('time', value, tz_constraint=tz)


@pytest.mark.parametrize('op', ['past', 'future'])
@pytest.mark.parametrize('offset', [None, 0, 3600, -36000, 50400])
def test_now_op(op, offset):
    # Far enough from "now" that the two calls cannot straddle it.
    now = datetime.now(timezone.utc)
    schema = {'now_op': op} if offset is None else {'now_op': op, 'now_utc_offset': offset}
    for minutes in (-4000, -600, -30, 30, 600, 4000):
        moment = now + timedelta(minutes=minutes)
        for value in (moment, moment.astimezone(timezone(timedelta(hours=-7))), moment.isoformat(),
                      moment.replace(tzinfo=None), moment.replace(tzinfo=None).isoformat(), int(moment.timestamp())):
            assert_same('datetime', value, **schema)
    for hours in (-30, -20, -12, -6, 6, 12, 20, 30):
        assert_same('datetime', (now + timedelta(hours=hours)).replace(tzinfo=None).isoformat(), **schema)
    for days in (-2, -1, 1, 2):
        value = now.date() + timedelta(days=days)
        assert_same('date', value, **schema)
        assert_same('date', value.isoformat(), **schema)


BUILD_CASES = [
    (kind, schema)
    for kind in KINDS
    for schema in [{key: bad} for key in ('le', 'lt', 'ge', 'gt') for bad in ('bad_value', '2020-01-01', 1654646400, 3600.5,
                                                                              datetime(2020, 1, 1, 1), datetime(2020, 1, 1),
                                                                              date(2020, 1, 1), '3600', 'P1D', True, None)]
] + [
    ('datetime', {'tz_constraint': 2**64}), ('datetime', {'tz_constraint': 'x'}), ('datetime', {'tz_constraint': 86400}),
    ('time', {'tz_constraint': 'x'}), ('datetime', {'now_op': 'x'}), ('date', {'now_op': 'x'}),
    ('datetime', {'microseconds_precision': 'x'}), ('time', {'microseconds_precision': 'x'}),
    ('timedelta', {'microseconds_precision': 'x'}),
]


@pytest.mark.parametrize('kind, schema', BUILD_CASES)
def test_build_errors(kind, schema):
    assert pure_build_error(kind, **schema) == native_build_error(kind, **schema)


@pytest.mark.parametrize('kind', KINDS)
def test_build_error_temporal_unit(kind):
    config = {'val_temporal_unit': 'x'}
    assert pure_build_error(kind, config=config) == native_build_error(kind, config=config)


_zone = st.sampled_from(ZONES[:7])
_moment = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)).flatmap(
    lambda d: _zone.map(lambda z: d.replace(tzinfo=z)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_moment, _moment, st.sampled_from(['le', 'lt', 'ge', 'gt']), st.sampled_from(['python', 'text', 'date']))
def test_fuzz_datetime_bounds(bound, value, key, form):
    if form == 'text':
        value = value.isoformat()
    elif form == 'date':
        value = value.date()
    assert_same('datetime', value, **{key: bound})
    assert_same('date', value if form != 'python' else value.date(), **{key: bound.date()})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.times(timezones=st.sampled_from([None, timezone.utc, timezone(timedelta(hours=-3)), TzInfo(5400)])),
       st.times(timezones=st.sampled_from([None, timezone.utc, timezone(timedelta(hours=9))])),
       st.sampled_from(['le', 'lt', 'ge', 'gt']))
def test_fuzz_time_bounds(bound, value, key):
    assert_same('time', value, **{key: bound})
    assert_same('time', value.isoformat(), **{key: bound})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.timedeltas(), st.timedeltas(), st.sampled_from(['le', 'lt', 'ge', 'gt']))
def test_fuzz_timedelta_bounds(bound, value, key):
    assert_same('timedelta', value, **{key: bound})


def test_negative_zero_durations():
    # Natively a duration keeps the sign it was written with: '-PT0S' is below zero.
    values = ['-PT0S', '-0d', '-00:00:00', -0.0, '-P0D', Decimal('-0'), 'PT0S', 0, '-PT0.0000001S',
              '-00:00:00.0000001', -1e-7, b'-PT0S', '-P0DT0.1S', '-PT1S', timedelta(0)]
    for bound in [timedelta(0), timedelta(microseconds=-1), timedelta(seconds=-1), '-PT0S', -1e-7, -0.0, b'-P0D']:
        for key in ('le', 'lt', 'ge', 'gt'):
            for value in values:
                assert_same('timedelta', value, **{key: bound})
