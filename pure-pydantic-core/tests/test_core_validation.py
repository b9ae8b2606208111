"""Validators against the native core: the same schema and input on both must give the same outcome."""

import pytest
from core_support import both

from pydantic_core import core_schema as cs


def _schemas():
    return {
        'int': cs.int_schema(),
        'int_gt': cs.int_schema(gt=0, multiple_of=2),
        'float': cs.float_schema(allow_inf_nan=False),
        'bool': cs.bool_schema(),
        'str': cs.str_schema(min_length=1, max_length=3, strip_whitespace=True),
        'bytes': cs.bytes_schema(max_length=2),
        'literal': cs.literal_schema(['a', 1, None]),
        'list': cs.list_schema(cs.int_schema(), max_length=3),
        'tuple': cs.tuple_schema([cs.int_schema(), cs.str_schema()]),
        'set': cs.set_schema(cs.int_schema()),
        'dict': cs.dict_schema(cs.str_schema(), cs.int_schema()),
        'nullable': cs.nullable_schema(cs.int_schema()),
        'union': cs.union_schema([cs.int_schema(), cs.str_schema(), cs.list_schema(cs.int_schema())]),
        'typed_dict': cs.typed_dict_schema(
            {'a': cs.typed_dict_field(cs.int_schema()), 'b': cs.typed_dict_field(cs.with_default_schema(cs.str_schema(), default='x'))},
            extra_behavior='forbid',
        ),
    }


INPUTS = [0, 1, 2, -3, 1.0, 1.5, '1', ' ab ', '', 'abcd', b'ab', b'abc', None, True, [1, 2], [1, 'x'], (1, 'a'), {1, 2},
          {'a': 1}, {'a': 'x', 'c': 1}, {'b': 'y'}, float('inf')]


@pytest.mark.parametrize('name', sorted(_schemas()))
@pytest.mark.parametrize('strict', [None, True])
def test_validate_python(name, strict):
    schema = _schemas()[name]

    def make(core):
        v = core.SchemaValidator(schema)
        out = []
        for value in INPUTS:
            try:
                out.append(('ok', repr(v.validate_python(value, strict=strict))))
            except core.ValidationError as e:
                out.append(('error', str(e)))
        return out

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome


JSON_DOCS = ['1', '1.5', '"1"', 'null', 'true', '[1, 2]', '[1, "x"]', '{"a": 1}', '{"a": "x"}', '"abc"', '{', '[1,', 'nan']


@pytest.mark.parametrize('name', sorted(_schemas()))
def test_validate_json(name):
    schema = _schemas()[name]

    def make(core):
        v = core.SchemaValidator(schema)
        out = []
        for doc in JSON_DOCS:
            try:
                out.append(('ok', repr(v.validate_json(doc))))
            except core.ValidationError as e:
                out.append(('error', str(e)))
        return out

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome


def test_schema_errors():
    for schema in [{'type': 'nope'}, cs.list_schema(cs.literal_schema([])), cs.int_schema(gt='x')]:
        native_outcome, pure_outcome = both(lambda core, s=schema: core.SchemaValidator(s))
        assert pure_outcome[0] == native_outcome[0] == 'SchemaError'
        assert pure_outcome == native_outcome


@pytest.mark.parametrize('mode', [True, 'trailing-strings'])
def test_allow_partial(mode):
    schema = cs.list_schema(cs.typed_dict_schema({'a': cs.typed_dict_field(cs.int_schema(ge=10))}, total=False))

    def make(core):
        v = core.SchemaValidator(schema)
        out = []
        for document in ('[{"a": 10}, {"a": 1', '[{"a": 10}, {"a": 2}]', '[{"a": 1}, {"a": 20}]', '[{"a": "1', '[{"a": 10}, {"a": 2'):
            try:
                out.append(repr(v.validate_json(document, allow_partial=mode)))
            except core.ValidationError as e:
                out.append(str(e))
        out.append(repr(v.validate_python([{'a': 10}, {'a': 1}], allow_partial=mode)))
        return out

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome


def test_validate_strings():
    schemas = [cs.int_schema(), cs.date_schema(), cs.union_schema([cs.int_schema(), cs.str_schema()]),
               cs.dict_schema(cs.str_schema(), cs.list_schema(cs.int_schema())), cs.is_instance_schema(str)]

    def make(core):
        out = []
        for schema in schemas:
            v = core.SchemaValidator(schema)
            for value in ('1', '2020-01-01T00:00:00', {'a': '1'}, ['1'], 1):
                for strict in (None, True):
                    try:
                        out.append(repr(v.validate_strings(value, strict=strict)))
                    except core.ValidationError as e:
                        out.append(str(e))
        return out

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome


@pytest.mark.parametrize('encoding', ['utf8', 'base64', 'hex'])
def test_bytes_encoding_applies_to_python_strings_too(encoding):
    # FastAPI validates parsed JSON bodies in Python mode; `val_json_bytes`
    # decodes their strings there as in JSON mode (found by FastAPI's own
    # base64 tutorial tests run through the course's container).
    schema = cs.bytes_schema()
    inputs = ['SGVsbG8=', 'abc', '68656c6c6f', '\ud800', bytearray(b'xy'), b'raw']

    def make(core):
        v = core.SchemaValidator(schema, config={'val_json_bytes': encoding})
        out = []
        for value in inputs:
            for strict in (None, True):
                try:
                    out.append(('ok', repr(v.validate_python(value, strict=strict))))
                except core.ValidationError as e:
                    out.append(('error', str(e)))
            try:
                out.append(('json ok', repr(v.validate_json(f'"{value}"' if isinstance(value, str) and value.isascii() else '"x"'))))
            except core.ValidationError as e:
                out.append(('json error', str(e)))
        return out

    native_outcome, pure_outcome = both(make)
    assert pure_outcome == native_outcome
