"""validate_strings: what it accepts (str, dicts of str), JSON-style messages, strictness (only dates
and times honour it), and which union member text selects in every input mode (exactness)."""

import enum
import json

from pydantic_core import core_schema as cs

UUID_TEXT = '00000000-0000-0000-0000-000000000000'


class E(enum.IntEnum):
    a = 1


class SE(str, enum.Enum):
    a = 'a'


TEXTS = ['1', '1.5', 'true', 'a', '', 'null', UUID_TEXT, '1+2j', 'http://x/', '2020-01-01', '2020-01-01T00:00:00',
         '2020-01-01T12:13:14.567', '12:00', 'P1D', '"a"']


def _scalars():
    return {
        'int': cs.int_schema(), 'float': cs.float_schema(), 'bool': cs.bool_schema(), 'str': cs.str_schema(),
        'bytes': cs.bytes_schema(), 'decimal': cs.decimal_schema(), 'uuid': cs.uuid_schema(),
        'enum': cs.enum_schema(E, list(E), sub_type='int'), 'str_enum': cs.enum_schema(SE, list(SE), sub_type='str'),
        'complex': cs.complex_schema(), 'literal': cs.literal_schema([1, 'a', UUID_TEXT]), 'none': cs.none_schema(),
        'url': cs.url_schema(), 'json': cs.json_schema(), 'date': cs.date_schema(), 'datetime': cs.datetime_schema(),
        'time': cs.time_schema(), 'timedelta': cs.timedelta_schema(), 'any': cs.any_schema(),
        'constrained_str': cs.str_schema(min_length=1),
    }


def case_strings_scalars(o):
    for name, schema in _scalars().items():
        v = o.validator(schema, label=name)
        for text in TEXTS:
            v.strings(text)
            v.strings(text, strict=True)
    v = o.validator(cs.date_schema(strict=True), label='strict date')
    v.strings('2020-01-01T00:00:00')
    v.strings('2020-01-01T00:00:00', strict=False)


def case_strings_structures(o):
    schemas = {
        'list': cs.list_schema(cs.int_schema()), 'set': cs.set_schema(cs.int_schema()),
        'tuple': cs.tuple_variable_schema(cs.int_schema()), 'frozenset': cs.frozenset_schema(cs.int_schema()),
        'generator': cs.generator_schema(cs.int_schema()), 'dict': cs.dict_schema(cs.str_schema(), cs.int_schema()),
        'dict_any': cs.dict_schema(cs.str_schema(), cs.any_schema()), 'any': cs.any_schema(),
        'is_instance': cs.is_instance_schema(str), 'is_subclass': cs.is_subclass_schema(int),
        'callable': cs.callable_schema(), 'json_or_python': cs.json_or_python_schema(cs.int_schema(), cs.str_schema()),
        'nullable': cs.nullable_schema(cs.int_schema()),
        'tagged': cs.tagged_union_schema({'a': cs.typed_dict_schema({'t': cs.typed_dict_field(cs.str_schema())})}, 't'),
        'model_fields': cs.model_fields_schema({'a': cs.model_field(cs.int_schema()),
                                                'b': cs.model_field(cs.with_default_schema(cs.int_schema(), default=5))}),
        'typed_dict': cs.typed_dict_schema({'a': cs.typed_dict_field(cs.any_schema()),
                                            'b': cs.typed_dict_field(cs.list_schema(cs.int_schema()))}, total=False),
        'typed_dict_allow': cs.typed_dict_schema({'a': cs.typed_dict_field(cs.any_schema())}, total=False,
                                                 extra_behavior='allow'),
        'arguments': cs.arguments_schema([cs.arguments_parameter('a', cs.int_schema())]),
        'dataclass_args': cs.dataclass_args_schema('D', [cs.dataclass_field('a', cs.int_schema())]),
    }
    inputs = ['1', ['1'], ('1',), {'a': '1'}, {'a': ['1']}, {'a': {'b': 1}}, {'a': '1', 'b': ['x']}, {1: '1'},
              {'b': '1'}, {'t': 'a'}, {'z': 1}, 1, None, b'1', True]
    for name, schema in schemas.items():
        v = o.validator(schema, label=name)
        for value in inputs:
            v.strings(value)


def case_union_exactness_of_text(o):
    """The member a text selects, from Python, JSON and validate_strings (both orders)."""
    scalars = _scalars()
    pairs = [(a, 'str') for a in scalars if a != 'str'] + [
        ('int', 'float'), ('bool', 'int'), ('decimal', 'float'), ('int', 'decimal'), ('uuid', 'literal'),
        ('uuid', 'str_enum'), ('uuid', 'bytes'), ('uuid', 'any'), ('uuid', 'datetime'), ('json', 'int')]
    for a, b in pairs:
        for first, second in ((a, b), (b, a)):
            v = o.validator(cs.union_schema([scalars[first], scalars[second]]), label=f'union[{first},{second}]')
            for text in TEXTS:
                v.python(text)
                v.json(json.dumps(text))
                v.strings(text)
