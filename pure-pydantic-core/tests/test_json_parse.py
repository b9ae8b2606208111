"""Parsing: our from_json/parse against the native from_json, case by case."""

from decimal import Decimal

import pytest
from pydantic_core import SchemaValidator, ValidationError, core_schema, from_json
from test_json_helpers import load_pure_json, outcome

pj = load_pure_json()

MODES = [{}, {"allow_partial": True}, {"allow_partial": "trailing-strings"}, {"allow_inf_nan": False}]

# Hand-picked documents: every error text, every position rule, every edge.
DOCS = [
    # structure
    b"[1,2", b"", b" ", b"x", b"[1,]", b'{"a":1,}', b'{"a" 1}', b"{1:2}", b'{"a"}', b"{", b'{"a":', b"[1 2]",
    b'{"a":1 "b":2}', b"1 2", b"[1] x", b"\n\n  [1,\n  x]", b"[true x]", b"[\x0c]", b"\x00", b"[]]", b'{"a":1}}',
    b'{"a":1 ', b'{"a" ', b'{"a":1, ', b'{"a":1, x', b'{"a":1, 1', b"[1, ", b"{ ", b"{x", b"[1,", b"[1 ", b"[",
    b'{"a":1,"a":2}', b'{"a":1,"b":2,"a":3}', b'{"b":[1],"a":{},"b":{"c":1}}', b"[[1 2], 3]", b'{"a":[1 2], "b":1}', b"[1,{\"a\":1 \"b\"}]", b"[1,\n  2 3",
    # literals
    b"tru", b"nul", b"truex", b"tx", b"fals", b"falsy", b"nulL", b"tRUE", b"[true,false,null]", b"nan", b"inf",
    b"NaN", b"Infinity", b"-Infinity", b"Inf", b"-Inf", b"-Infinit", b"-I", b"-N", b"-NaN", b"N", b"Na", b"NaX",
    b"Infinityx", b"[NaN,]", b"[NaN", b"[Na", b"[-Inf",
    # numbers
    b"01", b"-", b"1.", b"1e", b"1e+", b".5", b"+1", b"00", b"-01", b"1.e5", b"-a", b"0x", b"0.5x", b"1ex", b"1e+x",
    b"[1.]", b"[1e]", b"[-]", b"-x", b"1e400", b"-1e400", b"1.5e400", b"1e-400", b"-0", b"-0.0", b"-0e0", b"1E+2",
    b"1e-2", b"0.0e-0", b"123456789012345678901234567890", b"0" * 20, b"9223372036854775808", b"-9223372036854775809",
    b"1e0000000000000000000000000000000000000001", b"1" + b"0" * 400 + b"e-400", b"2.5e-324", b"1.7976931348623157e309",
    b"[1.", b"[1e", b"[-", b"[123", b"[1.5", b"[1e5", b"[-1", b"[0", b"[1.5e", b"[1.5e+",
    # strings and escapes
    b'"abc', b'"\\x"', b'"\\/"', b'"\\u12"', b'"\\u12g4"', b'"\\u00"', b'"\\', b'"\\u', b'"\\uzz', b'"\t"', b'"\x01"',
    b'["a\nb"]', b'"\\ud800"', b'"\\ud800\\u0041"', b'"\\udc00"', b'"\\ud800\\x"', b'"\\ud800\\', b'"\\ud800\\u',
    b'"\\ud800\\uzzzz"', b'"\\ud800\\udc0"', b'"\\ud800x', b'"\\ud800', b'"\\udc00\\udc00"', b'"\\uD800\\uDC00"',
    b'"\\ud83d\\ude00"', b'"ab\\', b'"ab\\u12', b'"ab\\ud83d', b'["a\\n', b'["a\\', b'[""', b'["aa", "bb", "c',
    b'{"a": 1, "b', b'{"a": 1, "b":', b'{"a": 1, "b": "x', b'[{"a":[{"b', b'"a" x',
    # UTF-8
    b'"\xff"', b'"\xff abc"', b'"abc\xff"', b'"a\xc3"', b"\xff", b'["\xe9\x80"]', b'"\xed\xa0\x80"',
    b'"\xf4\x90\x80\x80"', b'"\xc0\x80"', b"[1,\xff]", b'{"\xff":1}', b'{"a\xff":1}', b'"\xf0\x80\x80\x80"',
    b'"\xf0\x90\x80x"', b'"ab\xf0\x90\x80x"', b'"\\n\xff"', b'"\\n\xffabc"', b'"\xe9\x80\x80\x80"', b'"ab\xe9"',
    b'"\xe9\x80\x80\xff\xff"', b'"\xffx\\n"', b'"x\\u00e9\xff"', b'"\xff\x01"', b'"\xff\\x"', b'"\xff', b'"\xf0\x9f',
    b'{"a\xc3":1}', b'{"a\xc3', b'["a\xc3", 1]', b'"a\xc3\xa9"', b'"\\n\xc3"', b'"\xc3\\n"', b'["a\xf0\x9f\x98"]',
    b'"\xff\xc3"', b'{"a":"\xc3"}', b"\xef\xbb\xbf[1]", "\"é\x01\"", "  é", '["a"\n,é]', "\"é€😀\"",
    # input types
    bytearray(b"[1]"), "[1]", '"\\ud83d\\ude00"', "\"\ud800\"", 1, None, memoryview(b"1"), 1.5, ["[1]"],
]
DEEP = [
    b"[" * 201 + b"1" + b"]" * 201, b"[" * 201 + b"x", b"[" * 201 + b" ", b"[" * 201 + b"[]" + b"]" * 201,
    b"[" * 200 + b"{}" + b"]" * 200, b"[" * 200 + b'{"a":1}' + b"]" * 200, b"[" * 200 + b'{"a" 1}' + b"]" * 200,
    b"[" * 200 + b"{1}" + b"]" * 200, b'{"a":' * 201 + b"1" + b"}" * 201, b'{"a":' * 200 + b"[]" + b"}" * 200,
    b'{"a":' * 200 + b"[1]" + b"}" * 200, b"[" * 100000, b"[" * 201 + b"]" * 201, b"[" * 202 + b"]" * 202,
    b"[" * 200 + b'"a"' + b"]" * 200, b"   [" * 300, b"[\n" * 300, b"[" * 300, b"[" * 199,
]
for _k in (4299, 4300, 4301, 4302):
    _d = b"1" * _k
    DEEP += [_d, b"-" + _d, b"[" + _d + b"]", b"0." + _d, _d + b".5", _d + b"e5", _d + b"x", _d + b".", b"-" + _d + b".5"]


def _id(doc):
    r = repr(doc)
    return r if len(r) < 40 else f"{r[:30]}...len{len(doc)}"


@pytest.mark.parametrize("kwargs", MODES, ids=str)
@pytest.mark.parametrize("doc", DOCS + DEEP, ids=_id)
def test_from_json_matches_native(doc, kwargs):
    assert outcome(pj.from_json, doc, **kwargs) == outcome(from_json, doc, **kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [dict(cache_strings="x"), dict(cache_strings=2), dict(allow_partial="x"), dict(allow_partial=2),
     dict(allow_inf_nan="x"), dict(cache_strings="keys"), dict(cache_strings=False), dict(cache_strings="all"),
     dict(cache_strings="none"), dict(allow_partial="off"), dict(allow_partial="on"), dict(allow_inf_nan=1),
     dict(cache_strings=None), dict(allow_inf_nan=None), dict(allow_partial=None), dict(allow_partial=1),
     dict(cache_strings=0), dict(allow_partial="ON"), dict(cache_strings="ALL"), dict(allow_partial="trailing_strings")],
    ids=str,
)
def test_option_values_match_native(kwargs):
    assert outcome(pj.from_json, b'["x"]', **kwargs) == outcome(from_json, b'["x"]', **kwargs)


def test_error_attributes():
    with pytest.raises(pj.JsonParseError) as info:
        pj.parse(b'{"a": [1,\n  2 x]}')
    e = info.value
    assert (e.error, e.line, e.column, e.index) == ("expected `,` or `]`", 2, 5, 14)
    assert str(e) == "expected `,` or `]` at line 2 column 5"
    assert isinstance(e, ValueError) and not e.is_eof
    with pytest.raises(pj.JsonParseError) as info:
        pj.parse("[1, é")
    assert (info.value.error, info.value.column, info.value.index) == ("expected value", 5, 4)


@pytest.mark.parametrize("doc", [b"x", b"[1,2", b"[" * 300, b'"\\ud800"', b"\xff", b"1 x", b"01", b"1" * 4301])
def test_validate_json_error_is_the_parse_error(doc):
    """validate_json reports json_invalid with the parse error text as ctx['error']."""
    with pytest.raises(ValidationError) as info:
        SchemaValidator(core_schema.any_schema()).validate_json(doc)
    [native] = info.value.errors(include_url=False)
    with pytest.raises(pj.JsonParseError) as ours:
        pj.parse(doc)
    assert native["type"] == "json_invalid"
    assert native["ctx"] == {"error": str(ours.value)}
    assert native["msg"] == f"Invalid JSON: {ours.value}"


@pytest.mark.parametrize("doc", [b'[0.1, 1e400, -0.0, 12345678901234567890.123456789, 1, "s"]', b"NaN", b"-Infinity", b"1E+2"])
def test_float_modes(doc):
    as_float = pj.parse(doc)
    as_decimal = pj.parse(doc, float_mode="decimal")
    lossless = pj.parse(doc, float_mode="lossless")
    # Same for both the fast path and the reference parser.
    assert repr(pj.parser.parse_bytes(doc, float_mode="decimal")) == repr(as_decimal)
    assert repr(pj.parser.parse_bytes(doc, float_mode="lossless")) == repr(lossless)
    flat = lambda v: v if isinstance(v, list) else [v]  # noqa: E731
    for f, d, l in zip(flat(as_float), flat(as_decimal), flat(lossless)):
        if isinstance(f, float):
            assert isinstance(d, Decimal)
            if str(d) in ("NaN", "Infinity", "-Infinity"):
                assert str(f).lower().startswith(str(d).lower()[:4]) and isinstance(l, float)
            else:
                assert isinstance(l, pj.LosslessFloat)
                assert l.as_decimal() == d and float(l) == f or f != f
        else:
            assert f == d == l and type(f) is type(d) is type(l)
    assert str(pj.parse(b"12345678901234567890.123456789", float_mode="lossless")) == "12345678901234567890.123456789"


def test_invalid_float_mode():
    with pytest.raises(ValueError):
        pj.parse(b"1", float_mode="nope")


def test_str_with_lone_surrogate_is_input_type_error():
    with pytest.raises(pj.JsonInputTypeError):
        pj.parse('"\ud800"')


def test_positional_arguments_like_native():
    assert outcome(pj.from_json, b"1", True) == outcome(from_json, b"1", True)
    assert outcome(pj.from_json, data=b"1") == outcome(from_json, data=b"1")


# Nesting screened by the fast path: strings holding brackets, escaped quotes,
# brackets that pair across strings, and exactly-at-the-limit nesting.
_LEVELS = 201
SCREENING = [
    b'["]",' * _LEVELS + b"1" + b',"["]' * _LEVELS,
    b'["]",' * 199 + b"1" + b',"["]' * 199,
    b'[{"k]":' * 100 + b"[" * 101 + b"1" + b"]" * 101 + b"}]" * 100,
    b'[{"k]":' * 100 + b"[" * 100 + b"1" + b"]" * 100 + b"}]" * 100,
    b'["\\"",' * _LEVELS + b"1" + b"]" * _LEVELS,
    b'["\\\\",' * 200 + b"[]" + b"]" * 200,
    b'["\\\\",' * 200 + b"[1]" + b"]" * 200,
    b"[" * 150 + b'"' + b"[" * 100 + b'"' + b"]" * 150,
    b"[1," * 200 + b"[]" + b"]" * 200,
    b"[1," * 200 + b"[2]" + b"]" * 200,
    b'[{"a":' * 100 + b"{}" + b"}]" * 100,
    b'[{"a":' * 100 + b'{"b":1}' + b"}]" * 100,
]


@pytest.mark.parametrize("doc", SCREENING, ids=_id)
def test_nesting_screen_matches_native(doc):
    assert outcome(pj.from_json, doc) == outcome(from_json, doc)
    assert outcome(pj.from_json, doc.decode()) == outcome(from_json, doc.decode())
