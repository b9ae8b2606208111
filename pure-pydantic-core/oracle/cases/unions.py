"""union (smart, left_to_right, custom errors) and tagged-union."""

import enum

from pydantic_core import core_schema as cs


class M:
    pass


class Sub(M):
    pass


def _m_instance(cls=M):
    s = cls.__new__(cls)
    s.__dict__.update(a=1)
    s.__pydantic_fields_set__ = {'a'}
    s.__pydantic_extra__ = None
    s.__pydantic_private__ = None
    return s


def mark(v):
    return ('X', v)


INPUTS = [1, True, '1', 1.0, 1.5, 'a', b'a', None, [1], ['1'], {'a': 1}, {'a': '1'}, (1,), 2**70]


def case_smart_scalars(o):
    for choices in [[cs.int_schema(), cs.str_schema()], [cs.str_schema(), cs.int_schema()], [cs.float_schema(), cs.int_schema()],
                    [cs.int_schema(), cs.float_schema()], [cs.bool_schema(), cs.int_schema()], [cs.int_schema(), cs.bool_schema()],
                    [cs.str_schema(), cs.bytes_schema()], [cs.none_schema(), cs.int_schema()],
                    [cs.list_schema(cs.int_schema()), cs.list_schema(cs.str_schema())], [cs.any_schema(), cs.int_schema()],
                    [cs.int_schema(), cs.any_schema()], [cs.literal_schema([1]), cs.int_schema()],
                    [cs.float_schema(), cs.str_schema(coerce_numbers_to_str=True)]]:
        v = o.validator(cs.union_schema(choices))
        v.python_each(INPUTS)
        v.json_each(['1', '1.0', '"1"', 'true', 'null', '[1]', '["1"]', '"a"'])


def case_union_exactness(o):
    m = cs.model_schema(M, cs.model_fields_schema({'a': cs.model_field(cs.int_schema())}))
    td = cs.typed_dict_schema({'a': cs.typed_dict_field(cs.int_schema())})
    for choices in [[m, cs.any_schema()], [cs.any_schema(), m], [m, cs.dict_schema()], [cs.dict_schema(), m], [td, m], [m, td],
                    [cs.dict_schema(cs.str_schema(), cs.int_schema()), cs.any_schema()],
                    [cs.no_info_after_validator_function(mark, cs.int_schema()), cs.any_schema()],
                    [cs.any_schema(), cs.no_info_after_validator_function(mark, cs.int_schema())],
                    [cs.set_schema(), cs.any_schema()], [cs.list_schema(), cs.any_schema()]]:
        v = o.validator(cs.union_schema(choices))
        for inp in [{'a': 1}, {'a': '1'}, _m_instance(), _m_instance(Sub), 1, '1', [1], {1}]:
            r = v.python(inp)
            if isinstance(r, M):
                o.value('model result', (type(r).__name__, r.__dict__))


def case_left_to_right(o):
    v = o.validator(cs.union_schema([cs.str_schema(), cs.int_schema()], mode='left_to_right'))
    v.python_each(INPUTS)
    v = o.validator(cs.union_schema([cs.int_schema(), cs.str_schema()], mode='left_to_right', strict=True))
    v.python_each(INPUTS)


def case_union_labels_and_custom_errors(o):
    v = o.validator(cs.union_schema([(cs.int_schema(), 'Int'), (cs.str_schema(), 'Str')]))
    v.python_each([None, 1.5])
    v = o.validator(cs.union_schema([cs.int_schema(), cs.str_schema()], custom_error_type='my_err', custom_error_message='bad {x}', custom_error_context={'x': 1}))
    v.python_each([None, 1])
    v = o.validator(cs.union_schema([cs.int_schema(), cs.str_schema()], custom_error_type='int_type'))
    v.python(None)
    v = o.validator(cs.union_schema([cs.int_schema()]))
    v.python('x')
    v = o.validator(cs.union_schema([cs.int_schema()], auto_collapse=False))
    v.python('x')
    o.validator(cs.union_schema([]))
    v = o.validator(cs.union_schema([cs.list_schema(cs.int_schema()), cs.dict_schema(cs.str_schema(), cs.int_schema())]))
    v.python_each([['x'], {'a': 'x'}, 'x'])


class Pet(str, enum.Enum):
    cat = 'cat'
    dog = 'dog'


def case_tagged_union(o):
    a = cs.typed_dict_schema({'t': cs.typed_dict_field(cs.str_schema()), 'x': cs.typed_dict_field(cs.int_schema())})
    b = cs.typed_dict_schema({'t': cs.typed_dict_field(cs.str_schema()), 'y': cs.typed_dict_field(cs.int_schema())})
    v = o.validator(cs.tagged_union_schema({'a': a, 'b': b}, 't'))
    v.python_each([{'t': 'a', 'x': 1}, {'t': 'c'}, {'x': 1}, 'foo', {'t': 'b', 'y': 'z'}, {'t': 1}, None, {'t': 'a', 'x': '1'}])
    v.json_each(['{"t": "a", "x": 1}', '{"t": "c"}', '[]', '{"t": "b"}'])
    v = o.validator(cs.tagged_union_schema({1: cs.int_schema(), 'x': cs.str_schema()}, lambda x: x if isinstance(x, int) else None))
    v.python_each([1, 'x', 2.5, 2])
    v = o.validator(cs.tagged_union_schema({'a': a}, [['foo', 'bar'], ['x']]))
    v.python_each([{'foo': {'bar': 'a'}}, {'x': 'b'}, {}, {'foo': 'a'}])
    v = o.validator(cs.tagged_union_schema({'a': a, 'b': b}, 't', custom_error_type='bad_tag', custom_error_message='Bad!'))
    v.python_each([{'t': 'c'}, {}, {'t': 'a'}])
    v = o.validator(cs.tagged_union_schema({Pet.cat: a, Pet.dog: b}, 't'))
    v.python_each([{'t': 'cat', 'x': 1}, {'t': Pet.dog, 'y': 2}, {'t': 'cow'}])
    v.json_each(['{"t": "cat", "x": 1}', '{"t": "cow"}'])
    v = o.validator(cs.tagged_union_schema({'a': a, 'b': b}, 't', strict=True))
    v.python_each([{'t': 'a', 'x': '1'}])
