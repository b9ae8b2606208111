"""list, tuple, set, frozenset, dict: lax inputs, item errors, lengths."""

import collections

from pydantic_core import core_schema as cs


def gen():
    yield 1
    yield '2'


class MyList(list):
    pass


def _inputs():
    return [[1, 2], (1, 2), {1, 2}, frozenset([1]), collections.deque([1]), gen(), iter([1]), {'a': 1}, {'a': 1}.keys(),
            {'a': 1}.values(), 'ab', b'ab', bytearray(b'a'), range(3), MyList([1]), None, 1, map(int, '12'),
            collections.OrderedDict(a=1), [1, 'x', 'y'], [], ['1', 2.0]]


JSON_DOCS = ['[1, 2]', '[]', '["1", 2.5]', '{"a": 1}', '"ab"', 'null', '[1, [2]]', '[1, "x", null]']


def case_list(o):
    for items in (None, cs.int_schema(), cs.str_schema()):
        v = o.validator(cs.list_schema(items), label=f'list[{items}]')
        v.python_each(_inputs())
        v.json_each(JSON_DOCS)


def case_list_lengths(o):
    v = o.validator(cs.list_schema(cs.int_schema(), min_length=2, max_length=3))
    v.python_each([[1], [1, 2], [1, 2, 3, 4], (1,), [1, 'x'], ['x'], [1, 2, 3, 'x']], strict_too=False)
    v = o.validator(cs.list_schema(cs.int_schema(), min_length=1))
    v.python_each([[], [1]], strict_too=False)
    v = o.validator(cs.list_schema(cs.int_schema(), max_length=1))
    v.python([1, 2])
    v.python(gen())


def case_list_fail_fast(o):
    v = o.validator(cs.list_schema(cs.int_schema(), fail_fast=True))
    v.python(['a', 'b', 1])


def case_tuple(o):
    for schema in [cs.tuple_schema([cs.int_schema(), cs.str_schema()]),
                   cs.tuple_schema([cs.int_schema()], variadic_item_index=0),
                   cs.tuple_schema([cs.int_schema(), cs.str_schema()], variadic_item_index=1),
                   cs.tuple_schema([cs.str_schema(), cs.int_schema(), cs.str_schema()], variadic_item_index=1),
                   cs.tuple_schema([]),
                   cs.tuple_schema([cs.any_schema()], variadic_item_index=0, min_length=1, max_length=2)]:
        v = o.validator(schema)
        v.python_each(_inputs() + [(1, 'a'), (1, 'a', 'b'), ('a', 1, 'b'), ('a', 1, 2, 'b'), ('a',), (1, 2, 3)])
        v.json_each(JSON_DOCS + ['[1, "a"]', '["a", 1, 2, "b"]'])


def case_set_frozenset(o):
    for schema in [cs.set_schema(), cs.set_schema(cs.int_schema()), cs.frozenset_schema(cs.int_schema()),
                   cs.set_schema(cs.int_schema(), min_length=2, max_length=3), cs.frozenset_schema(max_length=1)]:
        v = o.validator(schema)
        v.python_each(_inputs() + [[1, 1, 2], [[1]], [1, 2, 3, 4]])
        v.json_each(JSON_DOCS + ['[1, 1, 1]', '[[1]]'])


def case_dict(o):
    for schema in [cs.dict_schema(), cs.dict_schema(cs.str_schema(), cs.int_schema()),
                   cs.dict_schema(cs.int_schema(), cs.list_schema(cs.int_schema())),
                   cs.dict_schema(cs.str_schema(min_length=2), cs.int_schema(), min_length=1, max_length=2)]:
        v = o.validator(schema)
        v.python_each([{}, {'a': 1}, {'a': '1'}, {1: 2}, {'1': ['2']}, {'a': 'x', 'b': 'y'}, {'ab': 1, 'cd': 2, 'ef': 3},
                       collections.OrderedDict(a=1), [('a', 1)], 'x', None, {'a': [1, 'x']}, {(1,): 1}])
        v.json_each(['{}', '{"a": 1}', '{"1": "2"}', '{"a": "x"}', '[]', '{"a": [1]}', '{"ab": 1, "cd": 2, "ef": 3}'])
