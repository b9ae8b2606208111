"""literal: matching by equality, enums, mixed types, messages."""

import enum

from pydantic_core import core_schema as cs


class E(enum.Enum):
    a = 1
    b = 'x'


class IE(enum.IntEnum):
    a = 1


class SE(str, enum.Enum):
    s = 'x'


CASES = [
    (['a', 'b'], ['a', 'c', b'a', 1]),
    ([1, 2, 3], [1, '1', 1.0, True, 2.0, b'1', IE.a, E.a, 4]),
    ([True], [True, 1, 'true', 1.0, False]),
    ([None], [None, 'None', 0]),
    ([E.a, E.b], [E.a, 1, 'x', E.b]),
    ([1, 'x', True, None, E.a, b'b'], [b'b', 'b', 1.0, None]),
    (['x'], [SE.s, 'x']),
    ([SE.s], ['x', SE.s]),
    ([IE.a], [1, IE.a, '1']),
    ([1.5], [1.5, '1.5']),
    ([[1]], [[1], (1,)]),
    (["it's", 'a"b', 'line\nbreak'], ['x']),
]


def case_literal(o):
    for expected, inputs in CASES:
        v = o.validator(cs.literal_schema(expected), label=f'literal{expected!r}')
        v.python_each(inputs)
        v.json_each(['1', '"x"', 'true', 'null', '1.0', '"a"', '"1"'])


def case_literal_empty(o):
    o.validator(cs.literal_schema([]))
