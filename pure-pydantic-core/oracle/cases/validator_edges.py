"""Validator edge cases: enum lookups (bytes for str enums, _missing_ errors), literals mixing enum
members and equal values, int constraints given as text, custom error schemas, invalid schemas,
lax-or-strict and dataclass field counting inside smart unions, exact Fractions."""

import dataclasses
import enum
from decimal import Decimal
from fractions import Fraction

from pydantic_core import core_schema as cs


class StrEnum(str, enum.Enum):
    a = 'x'
    b = 'y'


class IntE(enum.IntEnum):
    zero = 0
    one = 1


class Missing(enum.Enum):
    a = 1

    @classmethod
    def _missing_(cls, value):
        return 'foobar' if value == 'bad' else None


class Empty(enum.Enum):
    pass


def case_enums(o):
    v = o.validator(cs.enum_schema(StrEnum, list(StrEnum), sub_type='str'))
    v.python_each([b'x', bytearray(b'y'), b'\xff', 'x', 'a', StrEnum.a, 1])
    v = o.validator(cs.enum_schema(Missing, list(Missing), missing=Missing._missing_))
    v.python_each([1, 'bad', 'other'], strict_too=False)
    o.validator(cs.enum_schema(Empty, []))


def case_literals_with_enum_members(o):
    for expected in ([1, IntE.one], [IntE.one, 1], ['x', StrEnum.a], [StrEnum.a, 'x']):
        v = o.validator(cs.literal_schema(expected), label=f'literal {expected!r}')
        v.python_each([1, IntE.one, 'x', StrEnum.a, 2], strict_too=False)
        v.json('1')


def case_int_constraint_coercion(o):
    for bound in ('1', ' 2 ', '1.0', '1.5', 'x', 2.5, 2.0, Decimal('3'), Decimal('3.5'), True, b'4'):
        v = o.validator(cs.int_schema(gt=bound), label=f'gt={bound!r}')
        v.python(5)
    v = o.validator(cs.int_schema())
    v.python_each([Fraction(10935244710974505, 1), Fraction(7, 2), Fraction(8, 2), Fraction(10 ** 30, 1)])


def case_custom_error_schemas(o):
    for kwargs in ({'custom_error_type': 'recursion_loop', 'custom_error_message': 'xxx'},
                   {'custom_error_type': 'my', 'custom_error_message': 'xxx {a}', 'custom_error_context': {'a': 1}},
                   {'custom_error_type': 'my'}, {'custom_error_type': 'int_type'},
                   {'custom_error_type': 'greater_than', 'custom_error_context': {'gt': 1}},
                   {'custom_error_type': 'greater_than'}):
        v = o.validator(cs.custom_error_schema(cs.int_schema(), **kwargs), label=f'custom {kwargs}')
        v.python('x')
        u = o.validator(cs.union_schema([cs.int_schema(), cs.bool_schema()], **kwargs), label=f'union {kwargs}')
        u.python('x')
    o.validator(cs.invalid_schema())
    o.validator(cs.list_schema(cs.invalid_schema()))
    o.validator(cs.is_subclass_schema(Missing.a))


@dataclasses.dataclass
class _A:
    x: int


@dataclasses.dataclass
class _B(_A):
    y: int


def case_smart_union_details(o):
    calls = []

    def lax(value):
        calls.append('lax')
        return value

    def strict(value):
        calls.append('strict')
        return value

    los = cs.lax_or_strict_schema(cs.no_info_after_validator_function(lax, cs.int_schema()),
                                  cs.no_info_after_validator_function(strict, cs.int_schema()))
    for schema in (los, cs.union_schema([los, cs.str_schema()]),
                   cs.union_schema([cs.lax_or_strict_schema(cs.no_info_after_validator_function(IntE, cs.int_schema()),
                                                            cs.is_instance_schema(IntE)), cs.int_schema()])):
        v = o.validator(schema)
        v.python_each([0, '0', IntE.zero], strict_too=False)
    o.value('calls', calls)
    a = cs.dataclass_schema(_A, cs.dataclass_args_schema('A', [cs.dataclass_field('x', cs.int_schema())]), ['x'])
    b = cs.dataclass_schema(_B, cs.dataclass_args_schema('B', [cs.dataclass_field('x', cs.int_schema()),
                                                               cs.dataclass_field('y', cs.int_schema())]), ['x', 'y'])
    for choices in ([a, b], [b, a]):
        v = o.validator(cs.union_schema(choices))
        v.python_each([{'x': 1}, {'x': '1'}, {'x': 1, 'y': 2}, {'x': '1', 'y': '2'}], strict_too=False)
