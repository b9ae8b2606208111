"""Exactness reported to smart unions, checked through native unions: with
`union[kind, str]` a text input gives the temporal value only when the
temporal validator was exact (a tie goes to the first member)."""

import json

import pytest
from pydantic_core import SchemaValidator
from pydantic_core import core_schema as cs
from test_temporal_strings import ALL
from test_temporal_support import KINDS, pure_exactness, state


@pytest.mark.parametrize('kind', KINDS)
@pytest.mark.parametrize('mode', ['python', 'json', 'strings'])
def test_text_exactness_matches_native_unions(kind, mode):
    union = SchemaValidator(cs.union_schema([getattr(cs, kind + '_schema')(), cs.str_schema()]))
    for text in ALL:
        if '\x00' in text:
            continue
        raw = json.dumps(text) if mode == 'json' else text
        exactness = pure_exactness(kind, raw, mode)
        if exactness is None:
            continue
        if mode == 'json':
            native = union.validate_json(raw)
        elif mode == 'strings':
            native = union.validate_strings(raw)
        else:
            native = union.validate_python(raw)
        assert (exactness == state.EXACT) == (not isinstance(native, str)), (kind, mode, text, exactness)
