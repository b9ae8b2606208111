"""int, float, bool, str, none, any: lax and strict, Python, JSON and string inputs, constraints."""

import enum
from decimal import Decimal
from fractions import Fraction

from pydantic_core import core_schema as cs


class IE(enum.IntEnum):
    a = 1


class SE(str, enum.Enum):
    a = 'x'


class FE(float, enum.Enum):
    a = 1.5


class E(enum.Enum):
    a = 1


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    pass


class Idx:
    def __index__(self):
        return 3


class Intable:
    def __int__(self):
        return 4


class Floatable:
    def __float__(self):
        return 4.5


PY_INPUTS = [
    1, True, False, 1.0, 1.5, -0.0, float('inf'), float('nan'), '1', ' 1 ', '1.0', '1.5', '1_000', '+1', '-1', '0x1',
    '1e3', '', 'a', b'1', bytearray(b'1'), Decimal('1'), Decimal('1.5'), Decimal('1.0'), Fraction(3, 1), IE.a, SE.a,
    FE.a, E.a, MyInt(5), MyStr('5'), MyFloat(2.0), Idx(), Intable(), Floatable(), None, [1], '١', 'true', 'yes', 'on',
    'off', 'f', 'n', 0, 2, '0', 'True', 'FALSE', 10**20, ' true ', 'x' * 100, '1.', '.5', '01', '1 000', '\t7\n',
    '--1', '1__0', '_1', 'inf', 'nan', '-inf', 'Infinity', '1e400', b'\xff', 2**64, -(2**63),
]
JSON_INPUTS = ['1', '1.0', '1.5', '"1"', '" 1 "', 'true', 'false', 'null', '"x"', '[1]', '{}', '1e3', '-0', '"1.0"',
               '"true"', 'NaN', 'Infinity', '1e400', '123456789012345678901234567890', '"yes"', '0', '"0"', '2']
STRING_INPUTS = ['1', ' 2 ', '1.5', 'true', 'x', '', 'None']


def _scalar(o, schema, config=None):
    v = o.validator(schema, config)
    v.python_each(PY_INPUTS)
    v.json_each(JSON_INPUTS)
    v.strings_each(STRING_INPUTS)
    v.strings_each(STRING_INPUTS, strict=True)
    return v


def case_int(o):
    _scalar(o, cs.int_schema())


def case_int_strict_schema(o):
    v = o.validator(cs.int_schema(strict=True))
    v.python_each(['1', 1, True, 1.0], strict_too=False)
    v.python('1', strict=False)


def case_int_constraints(o):
    for kwargs in [{'gt': 0}, {'ge': 0}, {'lt': 10}, {'le': 10}, {'multiple_of': 3}, {'gt': 0, 'lt': 10, 'multiple_of': 2},
                   {'ge': 2, 'le': 1}]:
        v = o.validator(cs.int_schema(**kwargs), label=f'int{kwargs}')
        v.python_each([-1, 0, 1, 2, 3, 6, 9, 10, 11, '4', 4.0])
    o.validator(cs.int_schema(gt=1.5))
    o.validator(cs.int_schema(gt='x'))


def case_int_config(o):
    v = o.validator(cs.int_schema(), {'strict': True})
    v.python_each(['1', 1])


def case_float(o):
    _scalar(o, cs.float_schema())


def case_float_constraints(o):
    for kwargs in [{'gt': 0.5}, {'ge': 0}, {'lt': 10}, {'le': 10.5}, {'multiple_of': 0.1}, {'multiple_of': 2}, {'allow_inf_nan': False}]:
        v = o.validator(cs.float_schema(**kwargs), label=f'float{kwargs}')
        v.python_each([-1, 0, 0.5, 0.3, 0.7, 1, 2.0, 3, 10, 10.5, 11, float('inf'), float('nan'), '0.3'])
    v = o.validator(cs.float_schema(), {'allow_inf_nan': False})
    v.python_each([float('inf'), 'nan', 1.0])
    v.json_each(['Infinity', 'NaN', '1'])


def case_bool(o):
    _scalar(o, cs.bool_schema())


def case_str(o):
    _scalar(o, cs.str_schema())


def case_str_constraints(o):
    for kwargs in [{'min_length': 2}, {'max_length': 3}, {'pattern': '^a+$'}, {'pattern': 'b'}, {'strip_whitespace': True},
                   {'to_lower': True}, {'to_upper': True}, {'strip_whitespace': True, 'min_length': 2},
                   {'strip_whitespace': True, 'to_upper': True, 'pattern': '^[A-Z]+$'}]:
        v = o.validator(cs.str_schema(**kwargs), label=f'str{kwargs}')
        v.python_each(['a', 'aa', 'aaaa', ' a ', 'ab', 'Abc', '', b'aa', 'é' * 3, '  ', 1])
    v = o.validator(cs.str_schema(), {'str_strip_whitespace': True, 'str_to_lower': True, 'str_max_length': 3})
    v.python_each([' AB ', 'abcd', ' abcd '])
    v = o.validator(cs.str_schema(coerce_numbers_to_str=True))
    v.python_each([1, 1.5, Decimal('1.5'), True, 10**20])
    v.json_each(['1', '1.5', 'true'])
    v = o.validator(cs.str_schema(), {'coerce_numbers_to_str': True})
    v.python_each([2, 2.5])


def case_none(o):
    v = o.validator(cs.none_schema())
    v.python_each([None, 0, '', 'None', [], False])
    v.json_each(['null', '0', '""'])


def case_any(o):
    v = o.validator(cs.any_schema())
    v.python_each([None, 1, 'x', [1], {'a': 1}, IE.a])
    v.json_each(['null', '1', '[1, "a"]', '{"a": {"b": []}}', '1.5'])
