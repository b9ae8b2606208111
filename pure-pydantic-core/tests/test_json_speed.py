"""Speed of JSON parsing and writing against the stdlib and the native core.

Measurement, not a gate: runs only with PURE_JSON_BENCH=1 and prints the ratios
(pytest -s). The ~100 KB document is a list of flat-ish records as an API sends.
"""

import json
import os
import random
import timeit

import pytest
from pydantic_core import from_json, to_json
from test_json_helpers import load_pure_json

pj = load_pure_json()

pytestmark = pytest.mark.skipif(os.environ.get("PURE_JSON_BENCH") != "1", reason="set PURE_JSON_BENCH=1 to measure")


def _document() -> bytes:
    rnd = random.Random(1)
    records = [
        {"id": i, "name": f"user {i} é", "email": f"u{i}@example.com", "score": rnd.random() * 100,
         "active": i % 2 == 0, "tags": ["a", "b", "c"][: i % 4],
         "address": {"street": f"{i} Main St", "zip": "12345", "geo": [rnd.uniform(-90, 90), rnd.uniform(-180, 180)]},
         "note": None}
        for i in range(420)
    ]
    return json.dumps(records).encode()


def _us(fn, number=50) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def test_speed_report():
    data = _document()
    value = json.loads(data)
    truncated = data[: len(data) // 2]
    rows = {
        "parse: stdlib json.loads": _us(lambda: json.loads(data)),
        "parse: native from_json": _us(lambda: from_json(data)),
        "parse: pure parse": _us(lambda: pj.parse(data)),
        "parse: pure reference parser": _us(lambda: pj.parser.parse_bytes(data), 5),
        "parse: pure partial, truncated": _us(lambda: pj.parse(truncated, allow_partial=True), 5),
        "write: stdlib json.dumps": _us(lambda: json.dumps(value, separators=(",", ":")).encode()),
        "write: native to_json": _us(lambda: to_json(value)),
        "write: pure dumps": _us(lambda: pj.dumps(value)),
        "write: native to_json indent=2": _us(lambda: to_json(value, indent=2)),
        "write: pure dumps indent=2": _us(lambda: pj.dumps(value, indent=2)),
        "write: pure dumps ensure_ascii": _us(lambda: pj.dumps(value, ensure_ascii=True)),
    }
    native_parse, native_write = rows["parse: native from_json"], rows["write: native to_json"]
    print(f"\ndocument: {len(data)} bytes")
    for name, us in rows.items():
        base = native_parse if name.startswith("parse") else native_write
        print(f"{name:34s} {us:10.0f} us  {us / base:6.2f}x native")
    assert rows["parse: pure parse"] < 10 * native_parse
    assert rows["write: pure dumps"] < 10 * native_write
