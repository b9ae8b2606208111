"""Which input keys are extra when fields have aliases (a field's name is extra once its alias
was used), per container and extra behaviour; typed dicts take validate_by_name from their own config."""

from pydantic_core import ValidationError, core_schema as cs


def _schemas(extra):
    alias_field = {'validation_alias': 'A'}
    path_field = {'validation_alias': ['B', 0]}
    return {
        'model': cs.model_fields_schema({
            'a': cs.model_field(cs.int_schema(), **alias_field),
            'b': cs.model_field(cs.with_default_schema(cs.int_schema(), default=0), **path_field)}, extra_behavior=extra),
        'typed_dict': cs.typed_dict_schema({
            'a': cs.typed_dict_field(cs.int_schema(), **alias_field),
            'b': cs.typed_dict_field(cs.with_default_schema(cs.int_schema(), default=0), **path_field)},
            extra_behavior=extra),
        'dataclass': cs.dataclass_args_schema('D', [
            cs.dataclass_field('a', cs.int_schema(), **alias_field),
            cs.dataclass_field('b', cs.with_default_schema(cs.int_schema(), default=0), **path_field)],
            extra_behavior=extra),
    }


def _run(v, value):
    try:
        result = v.validate_python(value)
    except ValidationError as exc:
        return ('error', [(e['type'], e['loc']) for e in exc.errors()])
    if isinstance(result, tuple) and len(result) == 3:
        return (result[0], result[1], sorted(result[2]))
    return result


def case_extra_keys_with_aliases(o):
    from pydantic_core import SchemaValidator

    inputs = [{'A': 1, 'a': 2}, {'a': 2}, {'A': 1, 'B': [3], 'b': 4}, {'A': 1, 'b': 4}, {'a': 1, 'B': 5}]
    for extra in ('forbid', 'allow', 'ignore'):
        for name, schema in _schemas(extra).items():
            for config in ({'validate_by_name': True, 'validate_by_alias': True}, None):
                v = SchemaValidator(schema, config=config)
                for value in inputs:
                    o.call(f'{extra} {name} {config} {value}', _run, v, value)


def case_typed_dict_by_name_config(o):
    from pydantic_core import SchemaValidator

    for outer, inner, by_name in [({'validate_by_name': True}, None, None), (None, {'validate_by_name': True}, None),
                                  ({'validate_by_name': True}, {'validate_by_name': False}, None),
                                  ({'validate_by_name': False}, {'validate_by_name': True}, None),
                                  (None, None, True), ({'validate_by_name': True}, {}, None)]:
        schema = cs.typed_dict_schema({'a': cs.typed_dict_field(cs.int_schema(), validation_alias='A')}, config=inner)
        v = SchemaValidator(schema, config=outer)
        o.call(f'{outer} {inner} {by_name}', lambda v=v, by_name=by_name: v.validate_python({'a': 1}, by_name=by_name))
