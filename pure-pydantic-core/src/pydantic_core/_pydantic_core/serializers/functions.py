"""The `serialization` key of schemas: plain and wrap functions, format, to-string, simple types."""

from __future__ import annotations

from ..errors import PydanticOmit, PydanticSerializationError, PydanticSerializationUnexpectedValue
from .filters import next_filters
from .infer import infer
from ._base import SERIALIZERS, Serializer, Unexpected, register
from .simple import AnySerializer


class SerializationInfo:
    """The `info` argument of serializer functions.

    The call options are plain attributes (`vars(info)` lists them, as natively: include,
    exclude and context only when given); field_name is a property.
    """

    __slots__ = ('_state', '_field_name', '__dict__')

    include = None
    exclude = None
    context = None

    def __init__(self, state, include, exclude, field_name):
        self._state = state
        self._field_name = field_name
        if include is not None:
            self.include = include
        if exclude is not None:
            self.exclude = exclude
        if state.context is not None:
            self.context = state.context
        self.mode = state.mode
        self.by_alias = state.by_alias
        self.exclude_unset = state.exclude_unset
        self.exclude_defaults = state.exclude_defaults
        self.exclude_none = state.exclude_none
        self.exclude_computed_fields = state.exclude_computed_fields
        self.round_trip = state.round_trip
        self.serialize_as_any = state.serialize_as_any

    @property
    def field_name(self):
        return self._field_name

    @property
    def polymorphic_serialization(self):
        return self._state.polymorphic

    def mode_is_json(self) -> bool:
        return self._state.json

    def __repr__(self) -> str:
        s = self._state
        return (
            f'SerializationInfo(include={self.include!r}, exclude={self.exclude!r}, context={s.context!r}, '
            f"mode='{s.mode}', by_alias={bool(s.by_alias)}, exclude_unset={s.exclude_unset}, "
            f'exclude_defaults={s.exclude_defaults}, exclude_none={s.exclude_none}, '
            f'exclude_computed_fields={s.exclude_computed_fields}, round_trip={s.round_trip}, '
            f'serialize_as_any={s.serialize_as_any})'
        )

    __str__ = __repr__


SerializationInfo.__module__ = 'pydantic_core._pydantic_core'


def _function_name(function) -> str:
    return getattr(function, '__name__', None) or repr(function)


def call_serializer_function(function, args, value, state):
    try:
        return function(*args)
    except PydanticSerializationUnexpectedValue as exc:
        message = f'PydanticSerializationUnexpectedValue({exc})'
        if state.check is not None:
            raise Unexpected(message) from None
        state.add_warning(message)
        return infer(value, state)
    except (PydanticSerializationError, PydanticOmit):
        raise
    except Exception as exc:
        # natively a recursion error is named without its message
        detail = 'RecursionError' if isinstance(exc, RecursionError) else f'{type(exc).__name__}: {exc}'
        error = PydanticSerializationError(f'Error calling function `{_function_name(function)}`: {detail}')
        error._from_function = True  # to_json reports these as "Error serializing to JSON: ..."
        raise error from exc


def _when_used_applies(when_used: str, value, state) -> bool:
    if when_used == 'always':
        return True
    if when_used == 'unless-none':
        return value is not None
    if when_used == 'json':
        return state.json
    return state.json and value is not None  # json-unless-none


class _FunctionSerializer(Serializer):
    __slots__ = ('function', 'info_arg', 'is_field', 'when_used', 'fallback_serializer', 'return_serializer')

    def _setup(self, ser_schema, schema, ctx):
        self.function = ser_schema['function']
        self.info_arg = ser_schema.get('info_arg', False)
        self.is_field = ser_schema.get('is_field_serializer', False)
        self.when_used = ser_schema.get('when_used', 'always')
        self.fallback_serializer = ctx.build(schema, use_serialization_key=False)
        return_schema = ser_schema.get('return_schema')
        self.return_serializer = ctx.build(return_schema) if return_schema is not None else AnySerializer.build({}, ctx)
        self.name = self.fallback_serializer.name

    def accepts(self, value, state) -> bool:
        return self.fallback_serializer.accepts(value, state)

    def _debug_fields(self):
        from .._debug import Raw

        when_used = {'always': 'Always', 'unless-none': 'UnlessNone', 'json': 'Json', 'json-unless-none': 'JsonUnlessNone'}
        return [
            ('func', Raw('Py(0x0)')),
            ('name', self.name),
            ('function_name', _function_name(self.function)),
            ('return_serializer', self.return_serializer),
        ], [
            ('when_used', Raw(when_used.get(self.when_used, 'Always'))),
            ('is_field_serializer', bool(self.is_field)),
            ('info_arg', bool(self.info_arg)),
        ]

    def _args(self, value, state, include, exclude, extra=()):
        args = []
        if self.is_field:
            args.append(state.current_model)
        args.append(value)
        args.extend(extra)
        if self.info_arg:
            args.append(SerializationInfo(state, include, exclude, state.field_name if self.is_field else None))
        return args


@register('function-plain', ser_schema=True)
class PlainFunctionSerializer(_FunctionSerializer):
    __slots__ = ()

    @classmethod
    def build_for(cls, ser_schema, schema, ctx):
        self = cls()
        self._setup(ser_schema, schema, ctx)
        self.name = f'plain_function[{_function_name(self.function)}]'
        return self

    def debug_struct(self):
        head, tail = self._debug_fields()
        return 'Function', 'FunctionPlainSerializer', head + [('fallback_serializer', None)] + tail

    def to_python(self, value, state, include, exclude):
        if not _when_used_applies(self.when_used, value, state):
            return self.fallback_serializer.to_python(value, state, include, exclude)
        result = call_serializer_function(self.function, self._args(value, state, include, exclude), value, state)
        return self.return_serializer.to_python(result, state, None, None)


class SerializationCallable:
    """The `handler` given to wrap serializers: serializes with the wrapped schema."""

    __slots__ = ('serializer', 'state', 'include', 'exclude')

    def __init__(self, serializer, state, include, exclude):
        self.serializer = serializer
        self.state = state
        self.include = include
        self.exclude = exclude

    def __call__(self, value, index_key=None):
        include, exclude = self.include, self.exclude
        if index_key is not None and (include is not None or exclude is not None):
            keep, include, exclude = next_filters(index_key, include, exclude)
            if not keep:
                raise PydanticOmit()
        elif index_key is not None:
            include = exclude = None
        return self.serializer.to_python(value, self.state, include, exclude)

    def __repr__(self) -> str:
        return f'SerializationCallable(serializer={self.serializer.name})'


SerializationCallable.__module__ = 'pydantic_core._pydantic_core'


@register('function-wrap', ser_schema=True)
class WrapFunctionSerializer(_FunctionSerializer):
    __slots__ = ('inner',)

    @classmethod
    def build_for(cls, ser_schema, schema, ctx):
        self = cls()
        self._setup(ser_schema, schema, ctx)
        inner_schema = ser_schema.get('schema')
        self.inner = ctx.build(inner_schema) if inner_schema is not None else self.fallback_serializer
        self.name = f'wrap_function[{_function_name(self.function)}, {self.inner.name}]'
        return self

    def debug_struct(self):
        head, tail = self._debug_fields()
        return 'FunctionWrap', 'FunctionWrapSerializer', [('serializer', self.inner)] + head + tail

    def to_python(self, value, state, include, exclude):
        if not _when_used_applies(self.when_used, value, state):
            return self.fallback_serializer.to_python(value, state, include, exclude)
        handler = SerializationCallable(self.inner, state, include, exclude)
        result = call_serializer_function(self.function, self._args(value, state, include, exclude, (handler,)), value, state)
        return self.return_serializer.to_python(result, state, None, None)


@register('format', ser_schema=True)
class FormatSerializer(Serializer):
    __slots__ = ('formatting', 'when_used', 'fallback_serializer')

    @classmethod
    def build_for(cls, ser_schema, schema, ctx):
        if ser_schema['formatting_string'] == '':
            return ToStringSerializer.build_for(ser_schema, schema, ctx)  # as natively: str(value)
        self = cls()
        self.formatting = ser_schema['formatting_string']
        self.when_used = ser_schema.get('when_used', 'json-unless-none')
        self.fallback_serializer = ctx.build(schema, use_serialization_key=False)
        self.name = 'format'
        return self

    def to_python(self, value, state, include, exclude):
        if not _when_used_applies(self.when_used, value, state):
            return infer(value, state, include, exclude)  # natively by inference, not by the schema
        try:
            return format(value, self.formatting)
        except Exception as exc:
            raise PydanticSerializationError(f'Error calling `format(value, {self.formatting!r})`: {type(exc).__name__}: {exc}') from exc


@register('to-string', ser_schema=True)
class ToStringSerializer(Serializer):
    __slots__ = ('when_used', 'fallback_serializer')

    @classmethod
    def build_for(cls, ser_schema, schema, ctx):
        self = cls()
        self.when_used = ser_schema.get('when_used', 'json-unless-none')
        self.fallback_serializer = ctx.build(schema, use_serialization_key=False)
        self.name = 'to-string'
        return self

    def to_python(self, value, state, include, exclude):
        if not _when_used_applies(self.when_used, value, state):
            return infer(value, state, include, exclude)  # natively by inference, not by the schema
        return str(value)


class SimpleSerSchemaSerializer(Serializer):
    """`serialization: {'type': 'int'}` and the like: serialize as that type."""

    __slots__ = ()

    @classmethod
    def build_for(cls, ser_schema, schema, ctx):
        target = SERIALIZERS.get(ser_schema['type'])
        if target is None:
            return ctx.build(schema, use_serialization_key=False)
        return target.build(ser_schema, ctx)


for _simple in (
    'none', 'int', 'bool', 'float', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'set', 'frozenset', 'generator',
    'dict', 'datetime', 'date', 'time', 'timedelta', 'url', 'multi-host-url', 'json', 'uuid', 'any',
):
    register(_simple, ser_schema=True)(SimpleSerSchemaSerializer)


@register('model', ser_schema=True)
class ModelSerSchemaSerializer(Serializer):
    __slots__ = ()

    @classmethod
    def build_for(cls, ser_schema, schema, ctx):
        return SERIALIZERS['model'].build(ser_schema, ctx)
