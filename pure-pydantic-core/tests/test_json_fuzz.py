"""Hypothesis: generated and mutated documents parse (or fail) exactly as natively,
and what we parse writes back to the native bytes."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic_core import from_json, to_json
from test_json_helpers import load_pure_json, outcome

pj = load_pure_json()

MODES = [{}, {"allow_partial": True}, {"allow_partial": "trailing-strings"}, {"allow_inf_nan": False}]

ws = st.sampled_from([b"", b"", b" ", b"\n", b"\t ", b"\r\n"])
number_text = st.one_of(
    st.integers().map(lambda i: str(i).encode()),
    st.floats(allow_nan=False, allow_infinity=False).map(lambda f: repr(f).encode()),
    st.from_regex(rb"\A-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?\Z"),
    st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-0", b"-0.0"]),
)
string_text = st.one_of(
    st.text().map(lambda s: json.dumps(s, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.text().map(lambda s: json.dumps(s).encode()),
    st.sampled_from([b'"\\ud83d\\ude00"', b'"\\u00e9\\n\\t\\"\\\\\\/"', b'""']),
)
scalar = st.one_of(number_text, string_text, st.sampled_from([b"true", b"false", b"null"]))


def _array(items):
    return st.tuples(ws, st.lists(st.tuples(items, ws), max_size=4)).map(
        lambda t: b"[" + t[0] + b",".join(v + w for v, w in t[1]) + b"]"
    )


def _object(items):
    return st.tuples(ws, st.lists(st.tuples(string_text, ws, items, ws), max_size=4)).map(
        lambda t: b"{" + t[0] + b",".join(k + w1 + b":" + v + w2 for k, w1, v, w2 in t[1]) + b"}"
    )


document = st.recursive(scalar, lambda inner: st.one_of(_array(inner), _object(inner)), max_leaves=20)

NOISE = [b'"', b"\\", b",", b":", b"[", b"]", b"{", b"}", b"-", b"+", b".", b"e", b"0", b"1", b"x", b"u", b"n",
         b"N", b"I", b" ", b"\n", b"\x00", b"\x1f", b"\x7f", b"\xff", b"\xc3", b"\xe9\x80", b"\xf0\x9f",
         b"\xed\xa0\x80", b"\\u", b"\\ud800", b"\\udc00", b"\t", b"/"]


@st.composite
def mutated(draw):
    doc = bytearray(draw(document))
    for _ in range(draw(st.integers(0, 3))):
        pos = draw(st.integers(0, len(doc)))
        op = draw(st.sampled_from(["truncate", "insert", "delete", "replace"]))
        if op == "truncate":
            del doc[pos:]
        elif op == "insert":
            doc[pos:pos] = draw(st.sampled_from(NOISE))
        elif op == "delete":
            del doc[pos:pos + draw(st.integers(1, 3))]
        else:
            doc[pos:pos + 1] = draw(st.sampled_from(NOISE))
    doc = bytes(doc)
    if draw(st.booleans()):
        try:
            return doc.decode()
        except UnicodeDecodeError:
            pass
    return doc


FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(mutated())
def test_mutated_documents_match_native(doc):
    for kwargs in MODES:
        assert outcome(pj.from_json, doc, **kwargs) == outcome(from_json, doc, **kwargs), kwargs


@FUZZ
@given(document)
def test_valid_documents_round_trip_like_native(doc):
    ours = pj.parse(doc)
    native = from_json(doc)
    assert repr(ours) == repr(native)
    for kwargs in ({}, {"indent": 2}, {"ensure_ascii": True}):
        assert outcome(pj.dumps, ours, **kwargs) == outcome(to_json, native, **kwargs)
