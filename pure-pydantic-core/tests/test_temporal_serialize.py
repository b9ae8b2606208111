"""JSON forms of dates, times, datetimes and timedeltas against the native
serializer: values (to_python(mode='json')), dict keys (to_json), the choice of
mode from ser_json_temporal / ser_json_timedelta, and the texts of bounds."""

import json
import zoneinfo
from datetime import date, datetime, time, timedelta, timezone, tzinfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic_core import SchemaSerializer, core_schema as cs, to_json
from test_temporal_support import serialize, temporal


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None


class OddOffset(tzinfo):
    def utcoffset(self, dt):
        return -timedelta(hours=1, seconds=30, microseconds=5)


ZONES = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-5, seconds=-30)),
         timezone(timedelta(seconds=30)), timezone(timedelta(microseconds=30)), zoneinfo.ZoneInfo('Europe/London'),
         temporal.TzInfo(-44100), NoOffset(), OddOffset()]
MODES = ['iso8601', 'seconds', 'milliseconds']

VALUES = (
    [datetime(2022, 1, 1), datetime(1, 1, 1), datetime(999, 1, 1, 1, 1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
     datetime(2022, 6, 1, 12, 13, 14, 10)]
    + [datetime(2022, 6, 1, tzinfo=z) for z in ZONES]
    + [date(1, 1, 1), date(2022, 12, 31), date(1969, 12, 31)]
    + [time(1, 2, 3), time(1, 2, 3, 4), time(3, 14, 1, 59263)] + [time(1, tzinfo=z) for z in ZONES]
    + [timedelta(0), timedelta(days=1), timedelta(days=-1), timedelta(seconds=-1), timedelta(microseconds=1),
       timedelta(microseconds=-1), timedelta(days=1, seconds=7384, microseconds=500000),
       timedelta(days=-1, seconds=7384, microseconds=500000), timedelta(days=400), timedelta(days=365), timedelta(weeks=2),
       timedelta(seconds=59.999999), timedelta(hours=1, microseconds=10), timedelta.max, timedelta.min,
       timedelta(seconds=1.12), timedelta(microseconds=123000), timedelta(days=-999999999)]
)
SCHEMA_TYPE = {datetime: 'datetime', date: 'date', time: 'time', timedelta: 'timedelta'}


def _schema_type(value):
    return SCHEMA_TYPE[type(value)]


@pytest.mark.parametrize('mode', MODES)
def test_values_and_keys(mode):
    for value in VALUES:
        serializer = SchemaSerializer(getattr(cs, _schema_type(value) + '_schema')(), config={'ser_json_temporal': mode})
        assert serialize.to_json_value(value, mode) == serializer.to_python(value, mode='json'), (value, mode)
        native_key = next(iter(json.loads(to_json({value: 1}, temporal_mode=mode))))
        assert serialize.to_json_key(value, mode) == native_key, (value, mode)


CONFIGS = [None, {}, {'ser_json_timedelta': 'float'}, {'ser_json_timedelta': 'iso8601'},
           {'ser_json_temporal': 'iso8601', 'ser_json_timedelta': 'float'},
           {'ser_json_temporal': 'seconds', 'ser_json_timedelta': 'iso8601'},
           {'ser_json_temporal': 'milliseconds', 'ser_json_timedelta': 'float'}, {'ser_json_temporal': 'seconds'}]


@pytest.mark.parametrize('config', CONFIGS)
def test_mode_for_config(config):
    samples = [datetime(2020, 1, 1, 0, 0, 0, 5), date(2020, 1, 1), time(1, 2, 3, 4), timedelta(days=1.5)]
    for value in samples:
        kind = _schema_type(value)
        typed = SchemaSerializer(getattr(cs, kind + '_schema')(), config=config)
        assert serialize.to_json_value(value, serialize.mode_for(config, kind)) == typed.to_python(value, mode='json')
        inferred = SchemaSerializer(cs.any_schema(), config=config)
        assert serialize.to_json_value(value, serialize.mode_for(config)) == inferred.to_python(value, mode='json')


def test_bound_texts_in_errors():
    # The context of a bound error is written as the serializer writes a value.
    for value in VALUES:
        if isinstance(value, datetime) and value.utcoffset() is not None and abs(value.utcoffset()) < timedelta(days=1):
            assert serialize.datetime_iso(value) == json.loads(to_json(value))


_zone = st.sampled_from(ZONES)
_settings = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(st.one_of(
    st.datetimes().flatmap(lambda d: _zone.map(lambda z: d.replace(tzinfo=z))),
    st.dates(),
    st.times().flatmap(lambda t: _zone.map(lambda z: t.replace(tzinfo=z))),
    st.timedeltas(),
), st.sampled_from(MODES))
def test_fuzz_values_and_keys(value, mode):
    serializer = SchemaSerializer(getattr(cs, _schema_type(value) + '_schema')(), config={'ser_json_temporal': mode})
    assert serialize.to_json_value(value, mode) == serializer.to_python(value, mode='json')
    native_key = next(iter(json.loads(to_json({value: 1}, temporal_mode=mode))))
    assert serialize.to_json_key(value, mode) == native_key


@pytest.mark.parametrize('temporal_mode', MODES)
@pytest.mark.parametrize('timedelta_mode', ['iso8601', 'float'])
def test_mode_for_call(temporal_mode, timedelta_mode):
    from pydantic_core import to_jsonable_python

    samples = [datetime(2020, 1, 1, 0, 0, 0, 5), date(2020, 1, 1), time(1, 2, 3, 4), timedelta(days=1.5)]
    native = to_jsonable_python(samples, temporal_mode=temporal_mode, timedelta_mode=timedelta_mode)
    mode = serialize.mode_for_call(temporal_mode, timedelta_mode)
    assert [serialize.to_json_value(value, mode) for value in samples] == native
