"""Speed of URL validation against the native core.

Measurement, not a gate on ordinary runs: runs only with PURE_URL_BENCH=1 and
prints the ratios (pytest -s). The native side is a SchemaValidator with the
same schema, so both include their per-call overhead.
"""

import os
import timeit

import pytest
from test_url_support import MultiHostUrl, SchemaValidator, Url, core_schema, needs_native, pure

pytestmark = [
    needs_native,
    pytest.mark.skipif(os.environ.get('PURE_URL_BENCH') != '1', reason='set PURE_URL_BENCH=1 to measure'),
]

TYPICAL = [
    'https://example.com/foo/bar?baz=qux#quux',
    'http://localhost:8000/api/v1/items',
    'postgres://user:pass@localhost:5432/app',
    'https://www.google.com/search?q=pydantic&hl=en',
    'ftp://ftp.example.org/pub/file.txt',
    'http://127.0.0.1/',
]
UNUSUAL = [
    'https://münchen.de/straße?q=ä',
    'HTTP://EXAMPLE.COM:80/a/./b/../c',
    'http:\\\\example.com\\path',
    'file:///C|/Users/x',
    'https://[2001:db8::1]:8443/',
]


def _us(fn, number=3000) -> float:
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def _row(name, native_fn, pure_fn):
    native, ours = _us(native_fn), _us(pure_fn)
    print(f'{name:48s} native {native:7.2f} us   pure {ours:7.2f} us   {ours / native:5.1f}x')
    return native, ours


def test_speed_report():
    url_native = SchemaValidator(core_schema.url_schema())
    url_pure = pure.UrlValidator()
    strict_native = SchemaValidator(core_schema.url_schema(strict=True))
    strict_pure = pure.UrlValidator(strict=True)
    print()
    totals = [0.0, 0.0]
    for text in TYPICAL:
        native, ours = _row(text, lambda: url_native.validate_python(text), lambda: url_pure.validate(text))
        totals[0] += native
        totals[1] += ours
    typical_ratio = totals[1] / totals[0]
    print(f'{"typical URLs, total":48s} {typical_ratio:5.1f}x')
    for text in UNUSUAL:
        _row(text, lambda: url_native.validate_python(text), lambda: url_pure.validate(text))
    text = TYPICAL[0]
    _row('strict: ' + text, lambda: strict_native.validate_python(text), lambda: strict_pure.validate(text))
    multi_native = SchemaValidator(core_schema.multi_host_url_schema())
    multi_pure = pure.MultiHostUrlValidator()
    text = 'postgres://u:p@h1:5432,h2:5433/db?x=1'
    _row('multi-host: ' + text, lambda: multi_native.validate_python(text), lambda: multi_pure.validate(text))
    _row('Url(...) constructor', lambda: Url(TYPICAL[0]), lambda: pure.Url(TYPICAL[0]))
    _row('MultiHostUrl(...) constructor', lambda: MultiHostUrl(text), lambda: pure.MultiHostUrl(text))
    native_url, our_url = Url(TYPICAL[0]), pure.Url(TYPICAL[0])
    _row('str(url) + .host + .port + .path', lambda: (str(native_url), native_url.host, native_url.port, native_url.path),
         lambda: (str(our_url), our_url.host, our_url.port, our_url.path))
    assert typical_ratio < 15
