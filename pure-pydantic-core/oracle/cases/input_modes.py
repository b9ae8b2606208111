"""Values made by Python code during a JSON call (before-function results, wrap handler arguments,
chain steps, defaults) are read as Python input; a few validators (uuid, enum, dataclass strictness,
json-or-python) go by the call's mode instead; ValidationInfo.mode is the call's."""

import enum

from pydantic_core import core_schema as cs


class E(enum.Enum):
    a = 1
    b = 'x'


class M:
    pass


DOCS = ['"2020-01-01"', '[1, 2]', '"1"', '{}', '{"a": 1}', '"a6cc5730-2261-11ee-9c43-2eb5a363657c"', '1', 'true', 'null']


def _inner_schemas():
    return {
        'date': cs.date_schema(), 'tuple': cs.tuple_variable_schema(cs.int_schema()), 'int': cs.int_schema(),
        'is_instance': cs.is_instance_schema(str), 'uuid': cs.uuid_schema(), 'enum': cs.enum_schema(E, list(E)),
        'model': cs.model_schema(M, cs.model_fields_schema({'a': cs.model_field(cs.int_schema())})),
        'dict': cs.dict_schema(cs.int_schema(), cs.int_schema()), 'list': cs.list_schema(cs.int_schema()),
        'json_or_python': cs.json_or_python_schema(cs.int_schema(), cs.str_schema()), 'bytes': cs.bytes_schema(),
        'decimal': cs.decimal_schema(), 'set': cs.set_schema(cs.int_schema()),
        'dataclass_args': cs.dataclass_args_schema('D', [cs.dataclass_field('a', cs.int_schema())]),
    }


def case_python_made_values_in_json_calls(o):
    wrappers = {
        'wrap': lambda s: cs.no_info_wrap_validator_function(lambda v, h: h(v), s),
        'before': lambda s: cs.no_info_before_validator_function(lambda v: v, s),
        'after': lambda s: cs.no_info_after_validator_function(lambda v: v, s),
        'chain': lambda s: cs.chain_schema([cs.any_schema(), s]),
    }
    for wrapper_name, wrap in wrappers.items():
        for name, inner in _inner_schemas().items():
            v = o.validator(wrap(inner), label=f'{wrapper_name}[{name}]')
            for doc in DOCS:
                v.json(doc)
                v.json(doc, strict=True)
                v.strings(doc)


def case_defaults_and_info_mode(o):
    v = o.validator(cs.typed_dict_schema({'a': cs.typed_dict_field(cs.with_default_schema(
        cs.tuple_variable_schema(cs.int_schema()), default=[1], validate_default=True))}))
    v.json('{}')
    v.json('{}', strict=True)
    modes = []

    def record(value, info):
        modes.append(info.mode)
        return value

    v = o.validator(cs.with_info_wrap_validator_function(
        lambda value, handler, info: (modes.append(info.mode), handler(value))[1],
        cs.with_info_before_validator_function(record, cs.any_schema())))
    v.json('1')
    v.python(1)
    v.strings('1')
    o.value('info modes', modes)
