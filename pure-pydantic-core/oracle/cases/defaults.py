"""default (values, factories, on_error, validate_default), nullable, definitions, chain, lax-or-strict, json-or-python, custom-error."""

from pydantic_core import core_schema as cs


def case_with_default(o):
    d = []
    v = o.validator(cs.typed_dict_schema({
        'a': cs.typed_dict_field(cs.with_default_schema(cs.list_schema(), default=d)),
        'b': cs.typed_dict_field(cs.with_default_schema(cs.int_schema(), default='x', validate_default=True), required=False),
        'c': cs.typed_dict_field(cs.with_default_schema(cs.int_schema(), default_factory=lambda: 42)),
        'd': cs.typed_dict_field(cs.with_default_schema(cs.int_schema(), default_factory=lambda data: len(data), default_factory_takes_data=True)),
    }))
    v.python({'b': 1})
    v.python({})
    v.python({'a': 'x', 'b': 2})
    for kwargs in [{'default': 5}, {'default': '5', 'validate_default': True}, {'default': 'x', 'validate_default': True},
                   {'default_factory': list}, {}]:
        v = o.validator(cs.with_default_schema(cs.int_schema(), **kwargs), label=f'default{kwargs}')
        v.default()
        v.python('3')
    v = o.validator(cs.with_default_schema(cs.int_schema(), default=7, on_error='default'))
    v.python('x')
    v = o.validator(cs.list_schema(cs.with_default_schema(cs.int_schema(), on_error='omit')))
    v.python([1, 'x', 2])
    o.validator(cs.with_default_schema(cs.int_schema(), on_error='default'))
    v = o.validator(cs.int_schema(), label='no default')
    v.default()
    v = o.validator(cs.with_default_schema(cs.int_schema(), default=1), {'validate_default': True})
    v.default()


def case_nullable(o):
    v = o.validator(cs.nullable_schema(cs.int_schema()))
    v.python_each([None, 1, '1', 'x'])
    v.json_each(['null', '1', '"x"'])
    v = o.validator(cs.nullable_schema(cs.list_schema(cs.int_schema())))
    v.python_each([None, ['x']])


def case_definitions(o):
    v = o.validator(cs.definitions_schema(cs.definition_reference_schema('x'), [cs.int_schema(ref='x')]))
    v.python_each([1, 'x'])
    tree = cs.typed_dict_schema({'value': cs.typed_dict_field(cs.int_schema()),
                                 'children': cs.typed_dict_field(cs.list_schema(cs.definition_reference_schema('node')))}, ref='node')
    v = o.validator(cs.definitions_schema(cs.definition_reference_schema('node'), [tree]))
    v.python({'value': 1, 'children': [{'value': 2, 'children': []}, {'value': 'x', 'children': [{'value': 3}]}]})
    cyclic = {'value': 1, 'children': []}
    cyclic['children'].append(cyclic)
    v.python(cyclic)
    v.json('{"value": 1, "children": [{"value": 2, "children": []}]}')
    v = o.validator(cs.definitions_schema(cs.list_schema(cs.definition_reference_schema('x')), [cs.list_schema(cs.definition_reference_schema('x'), ref='x')]))
    v.python([[[]], []])
    o.validator(cs.definition_reference_schema('missing'))
    o.validator(cs.definitions_schema(cs.int_schema(), [cs.int_schema()]))
    deep = []
    for _ in range(300):
        deep = [deep]
    v = o.validator(cs.definitions_schema(cs.definition_reference_schema('x'), [cs.list_schema(cs.definition_reference_schema('x'), ref='x')]))
    v.python(deep)


def case_wrappers(o):
    v = o.validator(cs.chain_schema([cs.str_schema(), cs.int_schema()]))
    v.python_each(['1', 1, 'x'])
    v = o.validator(cs.chain_schema([cs.int_schema()]))
    v.python('1')
    o.validator(cs.chain_schema([]))
    v = o.validator(cs.lax_or_strict_schema(cs.str_schema(), cs.int_schema()))
    v.python_each([1, '1', 'x'])
    v = o.validator(cs.lax_or_strict_schema(cs.str_schema(), cs.int_schema(), strict=True))
    v.python_each([1, '1'])
    v = o.validator(cs.json_or_python_schema(cs.int_schema(), cs.str_schema()))
    v.python_each([1, '1'])
    v.json_each(['1', '"1"'])
    v = o.validator(cs.custom_error_schema(cs.int_schema(), 'my_error', 'Custom {a}', {'a': 1}))
    v.python_each(['x', 1])
    v = o.validator(cs.custom_error_schema(cs.int_schema(), 'int_parsing'))
    v.python('x')
    o.validator(cs.custom_error_schema(cs.int_schema(), 'not_a_type'))
    o.validator(cs.custom_error_schema(cs.int_schema(), 'greater_than'))


class Thing:
    pass


def case_instances(o):
    v = o.validator(cs.is_instance_schema(Thing))
    v.python_each([Thing(), 1, Thing])
    v.json('1')
    v = o.validator(cs.is_instance_schema(int, cls_repr='Integer'))
    v.python_each([1, 'x'])
    v = o.validator(cs.is_subclass_schema(Thing))
    v.python_each([Thing, int, Thing()])
    v = o.validator(cs.callable_schema())
    v.python_each([len, 1, Thing, lambda: 1])
    v.json('1')


def case_recursive_names(o):
    """Names of containers of a recursive definition (a list's is worked out when first needed)."""
    ref = cs.definition_reference_schema('R')
    members = [cs.list_schema(ref), cs.tuple_variable_schema(ref), cs.tuple_positional_schema([ref]),
               cs.dict_schema(cs.str_schema(), ref), cs.set_schema(ref), cs.frozenset_schema(ref), cs.nullable_schema(ref),
               cs.generator_schema(ref), cs.typed_dict_schema({'a': cs.typed_dict_field(ref)}),
               cs.with_default_schema(ref, default=None), cs.json_schema(ref), cs.chain_schema([cs.any_schema(), ref]),
               cs.lax_or_strict_schema(ref, ref), cs.json_or_python_schema(ref, ref), cs.union_schema([ref, cs.int_schema()]),
               cs.list_schema(cs.list_schema(ref)), cs.list_schema(cs.nullable_schema(ref))]
    for member in members:
        v = o.validator(cs.definitions_schema(ref, [cs.union_schema([member, cs.int_schema()], ref='R')]),
                        label=f'recursive {member["type"]}')
        v.python(object())
        v.python([object()])
    json_like = cs.nullable_schema(cs.union_schema([cs.list_schema(ref), cs.dict_schema(cs.str_schema(), ref), cs.str_schema(),
                                                    cs.int_schema(), cs.float_schema(), cs.bool_schema()]), ref='R')
    v = o.validator(cs.definitions_schema(ref, [json_like]), label='json-like')
    v.python({'a': object()})
    v = o.validator(cs.definitions_schema(ref, [cs.list_schema(ref, ref='R')]), label='self list')
    v.python([[1]])
