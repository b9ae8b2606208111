"""arguments and call: parameters by position and keyword, defaults, aliases, *args/**kwargs."""

from pydantic_core import ArgsKwargs
from pydantic_core import core_schema as cs


def case_arguments(o):
    v = o.validator(cs.arguments_schema([
        cs.arguments_parameter('a', cs.int_schema(), mode='positional_only'),
        cs.arguments_parameter('b', cs.int_schema()),
        cs.arguments_parameter('c', cs.with_default_schema(cs.int_schema(), default=3), mode='keyword_only'),
        cs.arguments_parameter('d', cs.int_schema(), mode='keyword_only', alias='D'),
    ]))
    v.python_each([ArgsKwargs((1, 2), {'d': 4}), ArgsKwargs((1, 2), {'D': 4}), ArgsKwargs((1,), {'b': 2, 'D': 4}),
                   ArgsKwargs((), {'a': 1, 'b': 2, 'D': 4}), ArgsKwargs((1, 2, 3), {'D': 4}),
                   ArgsKwargs((1, 2), {'b': 5, 'D': 4, 'z': 1}), ArgsKwargs(('x', 'y')), (1, 2), [1, 2], {'a': 1}, 'x',
                   ((1, 2), {'D': 4}), ArgsKwargs((1, 2), {'D': 4, 'c': 'q'})])
    v.json_each(['[1, 2]', '{"b": 2, "D": 3}', '"x"', '[1, 2, 3]'])


def case_var_args_kwargs(o):
    v = o.validator(cs.arguments_schema([cs.arguments_parameter('a', cs.int_schema())], var_args_schema=cs.int_schema(),
                                        var_kwargs_schema=cs.str_schema()))
    v.python_each([ArgsKwargs((1, 2, '3'), {'x': 'y'}), ArgsKwargs((1, 'z'), {'x': 1}), ArgsKwargs((), {'a': 1, 'b': 'c'})])
    v.json_each(['[1, 2]', '{"a": 1, "b": "x"}', '[[1, 2], {"x": "y"}]', '"x"'])
    td = cs.typed_dict_schema({'x': cs.typed_dict_field(cs.int_schema()), 'y': cs.typed_dict_field(cs.str_schema(), required=False)})
    v = o.validator(cs.arguments_schema([cs.arguments_parameter('a', cs.int_schema())], var_kwargs_mode='unpacked-typed-dict',
                                        var_kwargs_schema=td))
    v.python_each([ArgsKwargs((1,), {'x': '2'}), ArgsKwargs((1,), {'x': 'q', 'y': 1}), ArgsKwargs((1,))], strict_too=False)


def case_arguments_by_name(o):
    params = [cs.arguments_parameter('a', cs.int_schema(), alias='A')]
    for kwargs in [{}, {'validate_by_name': True}, {'validate_by_name': True, 'validate_by_alias': False}]:
        v = o.validator(cs.arguments_schema(params, **kwargs), label=f'arguments{kwargs}')
        v.python_each([ArgsKwargs((), {'a': 1}), ArgsKwargs((), {'A': 1}), ArgsKwargs((), {'A': 'x'})], strict_too=False)


def add(a, b=2):
    return a + b


def case_call(o):
    v = o.validator(cs.call_schema(cs.arguments_schema([cs.arguments_parameter('a', cs.int_schema()),
                                                        cs.arguments_parameter('b', cs.with_default_schema(cs.int_schema(), default=2))]),
                                   add, return_schema=cs.str_schema(coerce_numbers_to_str=True)))
    v.python_each([ArgsKwargs((1,)), ArgsKwargs(('x',)), ArgsKwargs((1,), {'b': '5'}), (3, 4)], strict_too=False)
