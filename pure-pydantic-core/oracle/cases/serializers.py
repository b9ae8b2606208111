"""SchemaSerializer: per type, include/exclude, by_alias, exclude_*, warnings, inference, to_json bytes."""

import dataclasses
import datetime
import enum
import uuid
from collections import OrderedDict, deque
from decimal import Decimal
from pathlib import Path

from pydantic_core import PydanticSerializationUnexpectedValue, SchemaSerializer, core_schema as cs, to_json, to_jsonable_python


class E(enum.Enum):
    a = 1
    b = 'x'


class IE(enum.IntEnum):
    one = 1


@dataclasses.dataclass
class DC:
    a: int
    b: str = 'x'


VALUES = [None, True, 1, 1.5, float('inf'), float('nan'), -0.0, 1e20, 1e-7, 'a', 'é\n"', b'bytes', bytearray(b'ba'),
          [1, 'a'], (1, 2), {1, 2}, frozenset([3]), {'a': 1, 2: 'b', None: 3, 1.5: 4, True: 5}, Decimal('1.50'),
          datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.date(2020, 1, 2), datetime.time(1, 2, 3),
          datetime.timedelta(days=1, seconds=2, microseconds=3), datetime.timedelta(-1), uuid.UUID(int=5), E.a, E.b, IE.one,
          DC(1), Path('/x/y'), deque([1]), OrderedDict(a=1), range(3), 2**70, 1j, object]


def case_any_inference(o):
    s = o.serializer(cs.any_schema())
    for value in VALUES:
        s.both(value)
    s.json({'a': [1, 2]}, indent=2)
    s.json('é', ensure_ascii=True)
    s.json([float('inf')], round_trip=True)
    s.python(object(), mode='json')
    s.json(object(), fallback=str)


def case_typed_scalars(o):
    for schema in [cs.int_schema(), cs.float_schema(), cs.str_schema(), cs.bool_schema(), cs.bytes_schema(), cs.none_schema(),
                   cs.decimal_schema(), cs.date_schema(), cs.datetime_schema(), cs.time_schema(), cs.timedelta_schema(),
                   cs.uuid_schema(), cs.complex_schema(), cs.literal_schema(['a', 1]), cs.enum_schema(E, list(E))]:
        s = o.serializer(schema)
        for value in [1, 2.5, 'x', True, None, b'y', Decimal('2'), datetime.date(2020, 1, 1), uuid.UUID(int=1), E.a, 3j]:
            s.both(value)
        s.python('x', warnings=False)
        s.python('x', warnings='error')


def case_config_modes(o):
    for config in [{'ser_json_timedelta': 'float'}, {'ser_json_bytes': 'base64'}, {'ser_json_bytes': 'hex'}, {'ser_json_inf_nan': 'null'},
                   {'ser_json_inf_nan': 'constants'}, {'ser_json_inf_nan': 'strings'}, {'ser_json_temporal': 'seconds'},
                   {'ser_json_temporal': 'milliseconds'}]:
        for schema in [cs.any_schema(), cs.float_schema(), cs.bytes_schema(), cs.timedelta_schema(), cs.datetime_schema()]:
            s = o.serializer(schema, config, label=f'{schema["type"]} {config}')
            for value in [float('nan'), b'\x00ab', datetime.timedelta(1, 1), datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)]:
                s.both(value)


def case_collections(o):
    for schema in [cs.list_schema(cs.int_schema()), cs.tuple_schema([cs.int_schema(), cs.str_schema()]),
                   cs.tuple_schema([cs.int_schema()], variadic_item_index=0), cs.set_schema(cs.int_schema()),
                   cs.frozenset_schema(), cs.dict_schema(cs.str_schema(), cs.int_schema()), cs.dict_schema(cs.int_schema(), cs.any_schema()),
                   cs.generator_schema(cs.int_schema())]:
        s = o.serializer(schema)
        for value in [[1, 2, 3], (1, 'a'), (1, 2, 3), {1, 2}, frozenset([1]), {'a': 1, 'b': 2}, {1: 'x'}, 'str', [1, 'x']]:
            s.both(value)
    s = o.serializer(cs.list_schema(cs.dict_schema(cs.str_schema(), cs.int_schema())))
    data = [{'a': 1, 'b': 2}, {'a': 3, 'c': 4}]
    for include, exclude in [({0}, None), (None, {1}), ({'__all__': {'a'}}, None), (None, {'__all__': {'b'}}), ({0: {'a'}, 1: True}, None),
                             ({0: {'a': True}}, {0: {'a'}}), ({-1}, None)]:
        s.python(data, include=include, exclude=exclude)
        s.json(data, include=include, exclude=exclude)
    s = o.serializer(cs.dict_schema(cs.str_schema(), cs.int_schema()))
    s.python({'a': 1, 'b': 2}, include={'a'})
    s.python({'a': 1, 'b': 2}, exclude={'a'})
    s.python({'a': 1, 'b': 2}, exclude={'a': True})


def case_unions_nullable(o):
    for schema in [cs.union_schema([cs.int_schema(), cs.str_schema()]), cs.union_schema([cs.float_schema(), cs.int_schema()]),
                   cs.union_schema([cs.int_schema(), cs.float_schema()]), cs.nullable_schema(cs.int_schema()),
                   cs.union_schema([cs.list_schema(cs.int_schema()), cs.dict_schema(cs.str_schema(), cs.int_schema())]),
                   cs.union_schema([cs.bool_schema(), cs.int_schema()]), cs.union_schema([cs.date_schema(), cs.datetime_schema()])]:
        s = o.serializer(schema)
        for value in [1, 1.0, True, 'a', None, [1], {'a': 1}, b'x', datetime.datetime(2020, 1, 1), datetime.date(2020, 1, 1)]:
            s.both(value)


def ser_plain(v):
    return f'<{v}>'


def ser_info(v, info):
    return f'{v}|{info.mode}|{info.by_alias}|{info.exclude_none}'


def ser_wrap(v, handler, info):
    return {'wrapped': handler(v), 'mode': info.mode}


def ser_fail(v):
    raise ValueError('nope')


def ser_unexpected(v):
    raise PydanticSerializationUnexpectedValue('custom unexpected')


def case_function_serializers(o):
    for ser in [cs.plain_serializer_function_ser_schema(ser_plain), cs.plain_serializer_function_ser_schema(ser_info, info_arg=True),
                cs.plain_serializer_function_ser_schema(ser_plain, when_used='json'),
                cs.plain_serializer_function_ser_schema(ser_plain, when_used='unless-none'),
                cs.plain_serializer_function_ser_schema(ser_plain, return_schema=cs.str_schema()),
                cs.wrap_serializer_function_ser_schema(ser_wrap, info_arg=True),
                cs.plain_serializer_function_ser_schema(ser_fail), cs.plain_serializer_function_ser_schema(ser_unexpected),
                cs.format_ser_schema('.2f'), cs.to_string_ser_schema()]:
        s = o.serializer(cs.float_schema(serialization=ser))
        for value in [1.5, None]:
            s.both(value)


def case_typed_dict_and_model_fields(o):
    schema = cs.typed_dict_schema({
        'a': cs.typed_dict_field(cs.int_schema(), serialization_alias='A'),
        'b': cs.typed_dict_field(cs.with_default_schema(cs.nullable_schema(cs.str_schema()), default=None)),
        'c': cs.typed_dict_field(cs.list_schema(cs.int_schema()), serialization_exclude=True),
        'd': cs.typed_dict_field(cs.with_default_schema(cs.int_schema(), default=5)),
    })
    s = o.serializer(schema)
    value = {'a': 1, 'b': None, 'c': [1], 'd': 5, 'extra': 'e'}
    for kwargs in [{}, {'by_alias': True}, {'exclude_none': True}, {'exclude_defaults': True}, {'include': {'a', 'c'}},
                   {'exclude': {'a'}}, {'exclude_unset': True}]:
        s.python(value, **kwargs)
        s.json(value, **kwargs)
    s.python({'a': 'x'})
    s.python('not a dict')


class Model:
    pass


def _model(**fields):
    m = Model.__new__(Model)
    m.__dict__.update(fields)
    object.__setattr__(m, '__pydantic_fields_set__', set(fields))
    object.__setattr__(m, '__pydantic_extra__', None)
    return m


def case_model(o):
    fields = cs.model_fields_schema({
        'x': cs.model_field(cs.int_schema(), serialization_alias='X'),
        'y': cs.model_field(cs.with_default_schema(cs.str_schema(), default='d')),
    }, computed_fields=[cs.computed_field('z', cs.int_schema(), alias='Z')])
    Model.z = property(lambda self: self.x * 2)
    s = o.serializer(cs.model_schema(Model, fields))
    m = _model(x=1, y='d')
    for kwargs in [{}, {'by_alias': True}, {'exclude_defaults': True}, {'exclude': {'x'}}, {'include': {'z'}},
                   {'exclude_computed_fields': True}, {'round_trip': True}]:
        s.python(m, **kwargs)
        s.json(m, **kwargs)
    s.python({'x': 1})
    s.both(_model(x='bad', y=2))


class _FilterModel:
    pass


def case_filter_entry_values(o):
    """include/exclude entries that are not True/sets/dicts (None, False, numbers, strings)."""
    model_schema = cs.model_schema(_FilterModel, cs.model_fields_schema({
        'a': cs.model_field(cs.list_schema(cs.int_schema())), 'b': cs.model_field(cs.int_schema())}))
    instance = _FilterModel()
    instance.__dict__ = {'a': [1, 2], 'b': 3}
    instance.__pydantic_extra__ = None
    instance.__pydantic_fields_set__ = {'a', 'b'}
    instance.__pydantic_private__ = None
    nested = cs.list_schema(model_schema)
    targets = {
        'model': (model_schema, instance, 'b'), 'dict': (cs.dict_schema(cs.str_schema(), cs.any_schema()), {'x': 1, 'y': [1, 2]}, 'x'),
        'list': (cs.list_schema(cs.any_schema()), [1, [2, 3]], 0), 'any_list': (cs.any_schema(), [1, [2, 3]], 0),
        'any_dict': (cs.any_schema(), {'x': 1, 'y': [1, 2]}, 'x'), 'tuple': (cs.tuple_variable_schema(cs.any_schema()), (1, (2, 3)), 0),
        'models': (nested, [instance, instance], 0),
    }
    for name, (schema, value, key) in targets.items():
        s = o.serializer(schema, label=name)
        for entry in (True, False, None, ..., 1, 0, 1.5, 'x', {}, set(), [], (), {0}, {'__all__'}, {'b': True}):
            s.python(value, exclude={key: entry})
            s.python(value, include={key: entry})
            s.python(value, exclude={key: entry}, mode='json')


def case_missing_sentinel(o):
    from pydantic_core import MISSING

    s = o.serializer(cs.missing_sentinel_schema())
    for value in (MISSING, 1):
        s.python(value)
        s.json(value)
    u = o.serializer(cs.union_schema([cs.int_schema(), cs.missing_sentinel_schema()]), label='union')
    for value in (MISSING, 's', 1):
        u.python(value)
        u.json(value)
    u = o.serializer(cs.union_schema([cs.missing_sentinel_schema(), cs.str_schema()]), label='union2')
    u.python('s')
    u.python(MISSING)
    td = o.serializer(cs.typed_dict_schema({
        'a': cs.typed_dict_field(cs.union_schema([cs.int_schema(), cs.missing_sentinel_schema()])),
        'b': cs.typed_dict_field(cs.any_schema())}), label='typed_dict')
    td.python({'a': MISSING, 'b': MISSING})
    td.json({'a': MISSING, 'b': 1})
    for label, schema in (('list', cs.list_schema(cs.union_schema([cs.int_schema(), cs.missing_sentinel_schema()]))),
                          ('any', cs.any_schema()), ('dict', cs.dict_schema(cs.str_schema(), cs.any_schema()))):
        s = o.serializer(schema, label=label)
        s.python([1, MISSING] if label == 'list' else {'a': MISSING, 'b': 1})
        s.json([1, MISSING] if label == 'list' else {'a': MISSING, 'b': 1})


def case_computed_field_exclude_if(o):
    class Holder:
        pass

    model = cs.model_schema(Holder, cs.model_fields_schema({'foo': cs.model_field(cs.int_schema())}, computed_fields=[
        cs.computed_field('bar', cs.int_schema(), serialization_exclude_if=lambda x: x == 1),
        cs.computed_field('baz', cs.int_schema(), serialization_exclude_if=lambda x: x == 2)]))
    Holder.bar = property(lambda self: 1)
    Holder.baz = property(lambda self: self.foo)
    instance = Holder()
    instance.__dict__ = {'foo': 1}
    instance.__pydantic_extra__ = None
    instance.__pydantic_fields_set__ = {'foo'}
    instance.__pydantic_private__ = None
    s = o.serializer(model)
    s.python(instance)
    s.json(instance)
    s.python(instance, exclude_computed_fields=True)
