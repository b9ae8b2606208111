"""Speed of parsing dates, times, datetimes and durations against the native core.

Measurement, not a gate: runs only with PURE_TEMPORAL_BENCH=1 and prints the
ratios (pytest -s). Native: `SchemaValidator.validate_python`; pure: the
validator core alone (the package adds its own per-call layer on top).
Native and pure runs alternate so that a busy machine slows both alike.
"""

import os
import timeit
from datetime import datetime

import pytest
from pydantic_core import SchemaValidator
from test_temporal_support import CORES

pytestmark = pytest.mark.skipif(os.environ.get('PURE_TEMPORAL_BENCH') != '1', reason='set PURE_TEMPORAL_BENCH=1 to measure')

CASES = [
    ('datetime', '2022-06-08T12:13:14.123456+01:00'),
    ('datetime', '2022-06-08T12:13:14Z'),
    ('datetime', '2022-06-08T12:13:14'),
    ('datetime', '2022-06-08'),
    ('datetime', '1654646400.5'),
    ('datetime', 1654646400),
    ('datetime', datetime(2022, 1, 1)),
    ('datetime', 'not a date'),
    ('date', '2022-06-08'),
    ('time', '12:13:14.123'),
    ('timedelta', 'P1DT2H3M4.5S'),
    ('timedelta', '1 day, 01:02:03'),
    ('timedelta', 3600.5),
]


def _ns_per_call(fn, rounds=15, number=3000):
    return min(timeit.timeit(fn, number=number) for _ in range(rounds)) / number * 1e9


def test_speed_report():
    print()
    for kind, value in CASES:
        native = SchemaValidator({'type': kind})
        core = CORES[kind]({'type': kind}, None)

        def run_native():
            try:
                native.validate_python(value)
            except Exception:  # noqa: BLE001 - errors are timed too
                pass

        def run_pure():
            try:
                core.validate(value, False)
            except Exception:  # noqa: BLE001
                pass

        native_times, pure_times = [], []
        for _ in range(5):
            native_times.append(_ns_per_call(run_native, rounds=3))
            pure_times.append(_ns_per_call(run_pure, rounds=3))
        n, p = min(native_times), min(pure_times)
        print(f'{kind:10} {value!r:40} native {n:7.0f} ns   pure {p:7.0f} ns   x{p / n:5.1f}')
