"""allow_partial: the last item of lists, sets, dicts and typed dicts dropped when it fails; JSON
documents cut anywhere; containers that do not support partial input (tuples, model fields)."""

from pydantic_core import core_schema as cs

MODES = (True, 'trailing-strings')


def gen():
    yield 10
    yield 3


def case_partial_collections(o):
    item = cs.int_schema(ge=10)
    for schema in (cs.list_schema(item), cs.list_schema(item, max_length=2), cs.list_schema(item, min_length=3),
                   cs.set_schema(item), cs.frozenset_schema(item), cs.list_schema(cs.list_schema(item)),
                   cs.nullable_schema(cs.list_schema(item)), cs.tuple_variable_schema(item),
                   cs.union_schema([cs.list_schema(item), cs.str_schema()]),
                   cs.list_schema(cs.tuple_positional_schema([cs.int_schema(), cs.int_schema()]))):
        v = o.validator(schema)
        v.python_each([[10, 20, 30], [10, 20, 3], [10, 3, 4], [10, 'x', 'y'], (10, 3), [], [[10, 3]], [[10], [20, 3]],
                       [[1, 2], 'x'], [[1, 2], [3]], None], strict_too=False, allow_partial=True)
        v.python(gen(), allow_partial=True)
        for mode in MODES:
            v.json_each(['[10, 20, 30]', '[10, 20, 3', '[10, 20, 3]', '[10, 2', '[[10, 20], [30, 4', '[', '',
                         '[10, "ab', '[[1, 2], [3', 'nul'], strict_too=False, allow_partial=mode)
        v.json('[10, 20, 3', allow_partial=False)


def case_partial_dict(o):
    for schema in (cs.dict_schema(cs.int_schema(), cs.int_schema(ge=10)),
                   cs.dict_schema(cs.str_schema(), cs.list_schema(cs.int_schema(ge=10))),
                   cs.dict_schema(cs.str_schema(), cs.int_schema(), max_length=1)):
        v = o.validator(schema)
        v.python_each([{'1': 10, 2: 20}, {'1': 10, 2: 2}, {'1': 1, 2: 20}, {'a': 10, 2: 'x'}, {'a': [10, 2]},
                       {'a': [1], 'b': [10, 2]}, {'a': 10, 'b': 'x'}], strict_too=False, allow_partial=True)
        v.json_each(['{"1": 10, "2": 2', '{"1": 10, "2":', '{"1": 10, "2"', '{"1": 10, "', '{"a": [10, 2',
                     '{"a": [1], "b": [10'], strict_too=False, allow_partial=True)
        v.strings({'1': '10', '2': '2'}, allow_partial=True)


def case_partial_typed_dict(o):
    fields = {
        'a': cs.typed_dict_field(cs.int_schema(gt=10)),
        'b': cs.typed_dict_field(cs.int_schema(gt=10), required=True),
        'c': cs.typed_dict_field(cs.list_schema(cs.int_schema(gt=10)), validation_alias='C'),
    }
    inputs = [{'a': 11, 'b': 12, 'C': [11]}, {'a': 11, 'b': 12, 'C': [11, 1]}, {'a': 11, 'C': [11], 'b': 1},
              {'b': 12, 'C': [11], 'a': 1}, {'b': 12, 'a': 1, 'C': [1, 11]}, {'a': 1}, {'b': 12, 'z': 1}]
    for extra in ('ignore', 'forbid', 'allow'):
        kwargs = {'extras_schema': cs.int_schema()} if extra == 'allow' else {}
        v = o.validator(cs.typed_dict_schema(fields, total=False, extra_behavior=extra, **kwargs), label=f'td[{extra}]')
        v.python_each(inputs + [{'b': 12, 'z': 'x'}, {'z': 'x', 'b': 12}], strict_too=False, allow_partial=True)
        v.json_each(['{"b": 12, "a": 11, "C": [11', '{"b": 12, "a": 1', '{"b": 12, "a": ', '{"b": 12, "a',
                     '{"a": 11, "b": 1', '{"b": 12, "z": "x', '{"b": 12, "z": 1, "a": 11}'], strict_too=False,
                    allow_partial=True)
        v.strings({'a': '11', 'b': '12', 'C': ['1']}, allow_partial=True)


def case_partial_no_support(o):
    v = o.validator(cs.model_fields_schema({'a': cs.model_field(cs.list_schema(cs.int_schema(ge=10)))}))
    v.python({'a': [10, 3]}, allow_partial=True)
    v.json('{"a": [10, 3', allow_partial=True)
    v = o.validator(cs.tuple_positional_schema([cs.list_schema(cs.int_schema()), cs.int_schema()]))
    v.python_each([[['1', '2'], '3'], [['1', '2'], 'x'], [['1', 'x'], '2']], strict_too=False, allow_partial=True)
    v = o.validator(cs.dataclass_args_schema('D', [
        cs.dataclass_field(name='a', schema=cs.list_schema(cs.str_schema(min_length=2)), kw_only=False)]))
    v.python({'a': ['ab', 'c']}, allow_partial=True)


def case_partial_json_strings(o):
    for inner in (None, cs.dict_schema(cs.str_schema(), cs.int_schema())):
        v = o.validator(cs.list_schema(cs.json_schema(inner)))
        for mode in (False,) + MODES:
            v.python_each([['{"a": 1}', '{"b": 2'], ['{"a": 1}', 'xxx'], ['{"a": 1}', '{"b": "x'], ['{"a": 1', '{}']],
                          strict_too=False, allow_partial=mode)
            v.json_each(['["{\\"a\\": 1}", "{\\"b\\": 2', '["{\\"a\\": 1}", "{\\"b\\": 2, \\"c\\": \\"x'],
                        strict_too=False, allow_partial=mode)
    v = o.validator(cs.list_schema(cs.int_schema()))
    v.python([1], allow_partial='bad')
    v.python([1], allow_partial=None)
