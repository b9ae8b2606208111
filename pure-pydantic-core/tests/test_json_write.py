"""Writing: our dumps against the native to_json bytes."""

import math
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic_core import PydanticSerializationError, to_json
from test_json_helpers import load_pure_json, outcome

pj = load_pure_json()


def native(value, **kwargs):
    """to_json's outcome, with a serialization error put the way dumps reports it."""
    result = outcome(to_json, value, **kwargs)
    if result[0] == PydanticSerializationError.__name__:
        return ("JsonWriteError", result[1].removeprefix("Error serializing to JSON: "))
    return result


def ours(value, **kwargs):
    return outcome(pj.dumps, value, **kwargs)


FLOATS = [0.0, -0.0, 1.0, 0.1, 1e15, 1e16, 1e17, 123456789012345680000.0, 1.5e16, 9999999999999998.0, 1e-5,
          1e-6, 1e-7, 0.00001234, 0.000001234, 1.234e-7, 5e-324, 1.7976931348623157e308, 1e21, 1e22, 1e100,
          12345.678, 0.3, 2 / 3, -1.5, 100.0, 1e7, 1234567890123456.0, 12345678901234567.0, 1e-4, -1e-5,
          -2.5e-5, 9.99999e-6, 1e-10, 1e-100, 2.2250738585072014e-308]


@pytest.mark.parametrize("value", FLOATS + [-f for f in FLOATS], ids=repr)
def test_float(value):
    assert ours(value) == native(value)
    assert ours([value, {"k": value}], indent=2) == native([value, {"k": value}], indent=2)


@pytest.mark.parametrize("mode", ["null", "constants", "strings"])
@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 1.5], ids=repr)
def test_non_finite(value, mode):
    for wrapped in (value, [value, 1e-6], {"a": value}):
        assert ours(wrapped, inf_nan_mode=mode) == native(wrapped, inf_nan_mode=mode)
        assert ours(wrapped, inf_nan_mode=mode, indent=1) == native(wrapped, inf_nan_mode=mode, indent=1)


@settings(max_examples=1000, deadline=None)
@given(st.integers(0, 2**64 - 1))
def test_float_bit_patterns(bits):
    value = struct.unpack("<d", struct.pack("<Q", bits))[0]
    assert ours(value) == native(value)
    assert pj.float_repr(value) == to_json(value).decode() if math.isfinite(value) else True


STRINGS = ["", "plain", "".join(map(chr, range(0x100))), "\u2028\u2029\ufeff\x7f", "é€😀\U0010ffff",
           "\ud800", "ab\ud800", "a\ud800\ud800b", "x\udfff", "\ud800\udc00", "e-05 in a string", "quote\"back\\slash"]


@pytest.mark.parametrize("ensure_ascii", [False, True])
@pytest.mark.parametrize("text", STRINGS, ids=ascii)
def test_string(text, ensure_ascii):
    for value in (text, [text], {text: text}, {"a": [1, {"b": text}]}):
        assert ours(value, ensure_ascii=ensure_ascii) == native(value, ensure_ascii=ensure_ascii)
        assert ours(value, ensure_ascii=ensure_ascii, indent=2) == native(value, ensure_ascii=ensure_ascii, indent=2)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.booleans())
def test_any_text(text, ensure_ascii):
    assert ours([text], ensure_ascii=ensure_ascii) == native([text], ensure_ascii=ensure_ascii)


DOC = {"a": [1, 2, {"b": None, "c": True, "d": 1e-6}], "d": {}, "e": [], "f": "x", "g": [[]], "h": {"x": {}},
       "i": (1, 2.5), "j": False, "k": -(2**70)}


@pytest.mark.parametrize("indent", [None, 0, 1, 2, 4, 8, -1])
@pytest.mark.parametrize("value", [DOC, [], {}, 1, "s", [1], [[[]]], {"a": {"b": {}}}], ids=repr)
def test_layout(value, indent):
    assert ours(value, indent=indent) == native(value, indent=indent)


json_tree = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(json_tree, st.sampled_from([None, 0, 2]), st.booleans(), st.sampled_from(["null", "constants", "strings"]))
def test_trees(value, indent, ensure_ascii, mode):
    kwargs = dict(indent=indent, ensure_ascii=ensure_ascii, inf_nan_mode=mode)
    assert ours(value, **kwargs) == native(value, **kwargs)


@pytest.mark.parametrize("value", [10**5000, -(10**4300), 10**4299, 2**64], ids=lambda v: f"int{v.bit_length()}")
def test_big_int(value):
    assert ours([value]) == native([value])


def test_unknown_type_is_type_error():
    with pytest.raises(TypeError):
        pj.dumps([object()])
