"""The validators' debug text (what repr(SchemaValidator) shows natively) for
every kind of constraint, compared with the native repr."""

from datetime import date, datetime, time, timedelta, timezone

import pytest
from pydantic_core import SchemaValidator
from pydantic_core import core_schema as cs
from test_temporal_support import CORES

VARIANT = {'date': 'Date', 'time': 'Time', 'datetime': 'Datetime', 'timedelta': 'Timedelta'}
CASES = [
    ('timedelta', {}, None), ('timedelta', {'gt': timedelta(days=-4, microseconds=456)}, None),
    ('timedelta', {'strict': True, 'le': '-PT0S', 'microseconds_precision': 'error'}, None),
    ('timedelta', {'lt': timedelta.max, 'ge': timedelta.min, 'gt': 3.5, 'le': 'P1D'}, None),
    ('date', {'gt': date(2020, 1, 1)}, None), ('date', {'now_op': 'future'}, None),
    ('date', {}, {'val_temporal_unit': 'milliseconds'}), ('date', {'strict': True, 'now_op': 'past', 'now_utc_offset': -3600}, None),
    ('time', {}, None), ('time', {'tz_constraint': 'naive'}, None),
    ('time', {'gt': time(1, tzinfo=timezone.utc), 'tz_constraint': 'aware'}, None),
    ('time', {'le': time(1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-5, seconds=-30)))}, None),
    ('datetime', {'gt': datetime(2020, 1, 1), 'now_op': 'past', 'now_utc_offset': 3600, 'tz_constraint': 7200}, None),
    ('datetime', {'tz_constraint': 'naive', 'now_op': 'future'}, {'val_temporal_unit': 'seconds'}),
    ('datetime', {'le': datetime(2020, 1, 1, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=-5)))}, None),
    ('datetime', {'microseconds_precision': 'error', 'ge': '2020-01-01T00:00:00Z', 'lt': 1577836800}, None),
]


@pytest.mark.parametrize('kind, schema, config', CASES)
def test_debug_text_as_native(kind, schema, config):
    native = repr(SchemaValidator(getattr(cs, kind + '_schema')(**schema), config=config))
    native = native[native.index('validator=') : native.index(', definitions')]
    core = CORES[kind](getattr(cs, kind + '_schema')(**schema), config)
    assert f'validator={VARIANT[kind]}(\n    {core.debug_repr(4)},\n)' == native
