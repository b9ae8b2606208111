"""decimal, uuid, enum, complex, json, generator, and the temporal and URL validators' wiring."""

import datetime
import enum
import uuid
from decimal import Decimal

from pydantic_core import core_schema as cs

U = uuid.UUID('12345678-1234-5678-1234-567812345678')


def case_decimal(o):
    v = o.validator(cs.decimal_schema())
    v.python_each([0, 1, '42', '42.123', 42.0, 42.5, 1e10, Decimal('42.0'), True, 'wrong', [1, 2], ' 42 ', '1_000', '.5',
                   '5.', '0x1', 'Infinity', 'nan', b'1.5', 1.1, 0.1 + 0.2, 10**30, (0, (1,), -2), [0, (1,), -2], (2, (1,), 0), 'NaN'])
    v.json_each(['0.1', '1.10', '1e3', '1E+3', '123456789012345678901234567890.123', '"1.5"', 'true', '[1]', 'NaN', '42', '"x"'])
    for kwargs in [{'max_digits': 3, 'decimal_places': 1}, {'max_digits': 2}, {'decimal_places': 0}, {'gt': Decimal('1.5'), 'multiple_of': 0.5},
                   {'le': 0, 'allow_inf_nan': True}, {'multiple_of': Decimal('0.1')}, {'gt': 0, 'allow_inf_nan': True}]:
        v = o.validator(cs.decimal_schema(**kwargs), label=f'decimal{kwargs}')
        v.python_each(['1.00', '10.0', '100', '1.23', '0.001', '1e2', '1E-2', '12.0', '120', '0', '0.0', '00.10', '1', '2.25', '3',
                       float('nan'), float('-inf'), 1_000_000.1, '-0.15'], strict_too=False)
    o.validator(cs.decimal_schema(gt='bad'))


def case_uuid(o):
    v = o.validator(cs.uuid_schema())
    v.python_each([U, str(U), str(U).upper(), U.hex, '{' + str(U) + '}', 'urn:uuid:' + str(U), str(U)[:-1], str(U) + '0', 'x' * 36,
                   U.bytes, str(U).encode(), b'x' * 15, 1, '', ' ' + str(U), 'abc', '1' * 31, '1' * 32 + 'x', '-' * 36,
                   '12345678-1234-5678-1234-56781234567é', 'é' * 36, '1234567-81234-5678-1234-567812345678', bytearray(16)])
    v.json_each(['"' + str(U) + '"', '1', '"x"'])
    v = o.validator(cs.uuid_schema(version=4))
    v.python_each([U, uuid.UUID('6cfc97cf-9efa-45d3-b35a-d4a8a0e56291'), '6cfc97cf-9efa-45d3-b35a-d4a8a0e56291'])


class E(enum.Enum):
    a = 1
    b = 'x'


class IE(enum.IntEnum):
    a = 1
    b = 2


class SE(str, enum.Enum):
    a = 'x'


class FE(float, enum.Enum):
    a = 1.5


def case_enum(o):
    for cls, sub in [(E, None), (IE, 'int'), (SE, 'str'), (FE, 'float')]:
        v = o.validator(cs.enum_schema(cls, list(cls.__members__.values()), sub_type=sub), label=cls.__name__)
        v.python_each([list(cls)[0], 1, '1', 'x', 1.0, 1.5, '1.5', True, 3, None, 'a'])
        v.json_each(['1', '"x"', '1.5', '"1"', 'true', '2'])
    v = o.validator(cs.enum_schema(E, list(E), missing=lambda v: E.a if v == 'zz' else None))
    v.python_each(['zz', 'q'], strict_too=False)


def case_complex(o):
    v = o.validator(cs.complex_schema())
    v.python_each([1, 1.5, 1j, '1+2j', '1+2i', ' 1 ', '(1+2j)', 'x', None, True, complex(1, 2), b'1', [1, 2], {'real': 1, 'imag': 2}])
    v.json_each(['1', '1.5', '"1+2j"', '[1, 2]', '{"real": 1, "imag": 2}', 'null', '"x"'])


def case_json(o):
    v = o.validator(cs.json_schema(cs.list_schema(cs.int_schema())))
    v.python_each(['[1, 2]', b'[1]', '[1, "x"]', '{', 1, [1], bytearray(b'[2]')])
    v.json('"[1]"')
    v = o.validator(cs.json_schema())
    v.python_each(['{"a": [1, 2.5, null]}', 'x'])


def case_generator(o):
    v = o.validator(cs.generator_schema(cs.int_schema(), max_length=3))
    # The iterator's repr is a Rust debug dump: record the type only.
    v.python = lambda value, **kw: o.build(f'validate_python({value!r})', v.v.validate_python, value, **kw)
    g = v.python([1, '2', 'x', 4, 5])
    if g is not None:
        o.call('consume', list, g)
    g = v.python(iter([1, 2, 3, 4]))
    if g is not None:
        o.call('consume', list, g)
    v.python(1)
    v.python('abc')
    v = o.validator(cs.generator_schema(cs.int_schema(), min_length=2))
    v.python = lambda value, **kw: o.build(f'validate_python({value!r})', v.v.validate_python, value, **kw)
    g = v.python([1])
    if g is not None:
        o.call('consume', list, g)


def case_temporal_wiring(o):
    for schema in [cs.date_schema(), cs.datetime_schema(), cs.time_schema(), cs.timedelta_schema(),
                   cs.date_schema(gt=datetime.date(2020, 1, 1)), cs.datetime_schema(tz_constraint='aware')]:
        v = o.validator(schema)
        v.python_each(['2020-01-02', '2020-01-02T03:04:05Z', '03:04:05', 'P1DT2H', 1, 1.5, datetime.date(2020, 1, 1),
                       datetime.datetime(2020, 1, 1, 12), datetime.time(1, 2), datetime.timedelta(1), 'x', None])
        v.json_each(['"2020-01-02"', '1700000000', '"P1D"', 'null'])
    v = o.validator(cs.list_schema(cs.date_schema()))
    v.python(['2020-01-01', 'bad'])


def case_url_wiring(o):
    for schema in [cs.url_schema(), cs.url_schema(allowed_schemes=['https'], max_length=20), cs.url_schema(allowed_schemes=['http', 'https']), cs.multi_host_url_schema(), cs.multi_host_url_schema(allowed_schemes=['redis'])]:
        v = o.validator(schema)
        v.python_each(['https://example.com/a?b=1', 'http://x', 'nope', '', 1, 'https://a.b,c.d/x'])
        v.json_each(['"https://example.com"', '1'])
