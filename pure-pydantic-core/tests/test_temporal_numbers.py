"""Numbers as dates, times, datetimes and durations (Unix timestamps, seconds of the
day, seconds), from Python and JSON, with every val_temporal_unit, compared with
the native core. Includes the native rounding quirks (a Python float -0.25 is
23:59:59.25) and the overflow edges."""

import json
import math
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_temporal_support import KINDS, assert_same

UNITS = [None, {'val_temporal_unit': 'infer'}, {'val_temporal_unit': 'seconds'}, {'val_temporal_unit': 'milliseconds'}]

NUMBERS = [
    0, 1, -1, True, False, 1.5, -1.5, -0.25, -0.75, -0.5, -0.0, 0.0, 5e-7, 1.5e-6, 2.5e-6, -5e-7, -1e-7, 1e-7,
    1.9999999, 7.0000015, 0.5000005, -0.9999996, -1.0000004, 86399, 86400, 86399.9999995, 86399.9999994,
    86399.99999999, 1654646400, 1654646400.0, 1654646400.5, 1654646401, 1654646400.1234565, 1654646400123.4565,
    19999999999.5, 20000000000, 20000000000.5, 20000000001, -20000000000, -20000000001, -20000000000.25,
    20000000001.25, 253402300799, 253402300800, 253402300799999, 253402300800000, 253402300799999.5,
    -62135596800, -62135596801, -62135596800000, -62135596800001, -62167219200, -62167219200000,
    -62167219200001, -11676096000000, 2**53, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, -(2**64),
    10**30, -(10**30), 1e20, -1e20, 1e300, -1e300, 1e15, 1e14, -1e14, 86400 * 999_999_999,
    86400 * 1_000_000_000, 86400 * 1_000_000_000 - 1, 86400 * 999_999_999 + 0.5, -86400 * 999_999_999,
    371085174460800, 442876722904517, -825807790651250, 9223372036854775807,
    float('nan'), float('inf'), float('-inf'),
    Decimal('1.5'), Decimal('-1.5'), Decimal('-0.25'), Decimal('1E+3'), Decimal('1E-7'), Decimal('-1E-7'),
    Decimal('NaN'), Decimal('sNaN'), Decimal('Infinity'), Decimal('-Infinity'), Decimal('-0'),
    Decimal('1654646400.123456'), Decimal('1654646400.1234564'), Decimal('1654646400.1234568'),
    Decimal('7.0000015'), Decimal('86399.9999999'), Decimal('123.4567895'), Decimal('-123.4567895'),
    Decimal('99999999999999999999999'),
]


def _json_numbers():
    out = []
    for n in NUMBERS:
        if isinstance(n, Decimal) or isinstance(n, bool):
            continue
        out.append(json.dumps(n) if not isinstance(n, float) or math.isfinite(n) else {math.inf: '1e400', -math.inf: '-1e400'}.get(n, 'NaN'))
    return out + ['true', 'false', 'null', '[]', '{}', '1e3', '-1e400', '999999999999999999', '1000000000000000000',
                  '-1000000000000000000', '-999999999999999999', '99999999999999999999999']


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize('config', UNITS)
def test_numbers_python(kind, config):
    for number in NUMBERS:
        assert_same(kind, number, config=config)
        assert_same(kind, number, strict=True, config=config)


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize('config', UNITS)
def test_numbers_json(kind, config):
    for text in _json_numbers():
        assert_same(kind, text, mode='json', config=config)
        assert_same(kind, text, mode='json', strict=True, config=config)


_floats = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e13, max_value=1e13),
    st.floats(min_value=-1e17, max_value=1e17),
    st.integers(-(10**12), 10**12).map(lambda n: n / 8),
    st.builds(lambda n, f: n + f, st.integers(-(10**12), 10**12), st.sampled_from([0.5, 0.25, 5e-7, 0.9999995, -0.5, 0.1234565])),
)
_ints = st.one_of(st.integers(-(10**16), 10**16), st.integers(-(2**64), 2**64), st.integers(-(10**6), 10**6))
_decimals = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=9, min_value=-(10**13), max_value=10**13),
    st.decimals(allow_nan=True, allow_infinity=True),
)
_settings = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(st.one_of(_floats, _ints, _decimals), st.sampled_from(KINDS), st.sampled_from(UNITS))
def test_fuzz_numbers(number, kind, config):
    assert_same(kind, number, config=config)
    if not isinstance(number, Decimal) and (not isinstance(number, float) or math.isfinite(number)):
        assert_same(kind, json.dumps(number), mode='json', config=config)
    if not isinstance(number, Decimal) or number.is_finite():
        assert_same(kind, str(number), config=config)
