"""Serializers of scalar types: any, none, int, bool, float, str, bytes, and types serialized by inference."""

from __future__ import annotations

import datetime
import math
import uuid
from decimal import Decimal

from .infer import infer, json_bytes, json_float
from ._base import Serializer, register


@register('any')
class AnySerializer(Serializer):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'any'
        return self

    def to_python(self, value, state, include, exclude):
        return infer(value, state, include, exclude)

    def debug_struct(self):
        return 'Any', 'AnySerializer', None


class _TypedSerializer(Serializer):
    """A serializer for one kind of Python value; others are inferred, with a warning.

    `accepts(value, state)` says whether a value is of the kind (in a union's strict pass only
    the exact type counts); `convert` gives its Python or JSON form.
    """

    __slots__ = ()
    expected_name = ''

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = cls.expected_name
        return self

    def to_python(self, value, state, include, exclude):
        if self.accepts(value, state):
            return self.convert(value, state)
        if value is None and state.check is None:
            return None
        state.warn_unexpected(self.name, value)
        return infer(value, state, include, exclude)

    def convert(self, value, state):
        return value


@register('none')
class NoneSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'none'

    def accepts(self, value, state) -> bool:
        return value is None


@register('int')
class IntSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'int'

    def accepts(self, value, state) -> bool:
        if state.check == 'strict':
            return type(value) is int
        return isinstance(value, int)

    def to_python(self, value, state, include, exclude):
        if type(value) is int:
            return value
        return _TypedSerializer.to_python(self, value, state, include, exclude)

    def convert(self, value, state):
        return int(value) if state.json else value


@register('bool')
class BoolSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'bool'

    def accepts(self, value, state) -> bool:
        return value is True or value is False


@register('float')
class FloatSerializer(_TypedSerializer):
    __slots__ = ('inf_nan_mode',)
    expected_name = 'float'

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'float'
        self.inf_nan_mode = ctx.get_config('ser_json_inf_nan')
        return self

    def accepts(self, value, state) -> bool:
        if state.check == 'strict':
            return type(value) is float
        # Writing JSON the native way takes anything float() accepts, Decimals included.
        return isinstance(value, (float, int)) or (state.to_json and isinstance(value, Decimal))

    def convert(self, value, state):
        return float(value) if state.json else value


@register('str')
class StrSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'str'

    def accepts(self, value, state) -> bool:
        if state.check == 'strict':
            return type(value) is str
        return isinstance(value, str)

    def to_python(self, value, state, include, exclude):
        if type(value) is str:
            return value
        return _TypedSerializer.to_python(self, value, state, include, exclude)

    def convert(self, value, state):
        return str.__str__(value) if state.json else value


@register('bytes')
class BytesSerializer(_TypedSerializer):
    __slots__ = ('bytes_mode',)
    expected_name = 'bytes'

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'bytes'
        self.bytes_mode = ctx.get_config('ser_json_bytes')
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, bytes)

    def convert(self, value, state):
        return json_bytes(value, self.bytes_mode or state.bytes_mode, state.to_json) if state.json else value


@register('decimal')
class DecimalSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'decimal'

    def accepts(self, value, state) -> bool:
        return isinstance(value, Decimal)

    def convert(self, value, state):
        return str(value) if state.json else value


@register('complex')
class ComplexSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'complex'

    def accepts(self, value, state) -> bool:
        return isinstance(value, complex)

    def convert(self, value, state):
        return infer(value, state, None, None) if state.json else value


@register('uuid')
class UuidSerializer(_TypedSerializer):
    __slots__ = ()
    expected_name = 'uuid'

    def accepts(self, value, state) -> bool:
        return isinstance(value, uuid.UUID)

    def convert(self, value, state):
        return str(value) if state.json else value


@register('enum')
class EnumSerializer(_TypedSerializer):
    __slots__ = ('cls',)
    expected_name = 'enum'

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'enum'
        self.cls = schema['cls']
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, self.cls)

    def convert(self, value, state):
        return infer(value.value, state, None, None) if state.json else value


class TemporalSerializer(Serializer):
    """date, time, datetime, timedelta: JSON forms from `_temporal.serialize`, per the config."""

    __slots__ = ('types', 'json_mode')
    _TYPES = {
        'date': (datetime.date,),
        'time': (datetime.time,),
        'datetime': (datetime.datetime,),
        'timedelta': (datetime.timedelta,),
    }

    @classmethod
    def build(cls, schema, ctx):
        from .._temporal.serialize import mode_for

        self = cls()
        self.name = schema['type']
        self.types = cls._TYPES[self.name]
        self.json_mode = mode_for(ctx.config, self.name)
        return self

    def accepts(self, value, state) -> bool:
        if self.name == 'date' and isinstance(value, datetime.datetime):
            return False
        return isinstance(value, self.types)

    def to_python(self, value, state, include, exclude):
        if not self.accepts(value, state):
            if value is None and state.check is None:
                return None
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        if state.json:
            from .._temporal.serialize import to_json_value

            return to_json_value(value, self.json_mode)
        return value


for _name in ('date', 'time', 'datetime', 'timedelta'):
    register(_name)(TemporalSerializer)


class UrlSerializer(Serializer):
    __slots__ = ('cls',)

    @classmethod
    def build(cls, schema, ctx):
        from .. import _url

        self = cls()
        self.name = schema['type']
        self.cls = _url.Url if self.name == 'url' else _url.MultiHostUrl
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, self.cls)

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, self.cls):
            if value is None and state.check is None:
                return None
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        return str(value) if state.json else value


register('url', 'multi-host-url')(UrlSerializer)


@register('json')
class JsonSerializer(Serializer):
    """json: the parsed value is serialized as itself; with round_trip, back to a JSON string."""

    __slots__ = ('inner',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        inner = schema.get('schema')
        self.inner = ctx.build(inner) if inner is not None else AnySerializer.build({}, ctx)
        self.name = 'json'
        return self

    def to_python(self, value, state, include, exclude):
        if state.round_trip:
            from .._json import dumps

            saved = state.json
            state.json = True
            try:
                data = self.inner.to_python(value, state, include, exclude)
            finally:
                state.json = saved
            return dumps(data).decode()
        return self.inner.to_python(value, state, include, exclude)


def missing_sentinel():
    import pydantic_core

    return pydantic_core.MISSING


@register('missing-sentinel')
class MissingSentinelSerializer(Serializer):
    """Only pydantic_core's MISSING, which has no JSON form (fields holding it are left out)."""

    __slots__ = ('sentinel',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.sentinel = missing_sentinel()
        self.name = 'missing-sentinel'
        return self

    def to_python(self, value, state, include, exclude):
        from ..errors import PydanticSerializationError, PydanticSerializationUnexpectedValue
        from ._base import Unexpected

        if state.check is not None and (state.json or value is not self.sentinel):
            raise Unexpected("PydanticSerializationUnexpectedValue(Expected 'MISSING' sentinel)")
        if state.json:
            raise PydanticSerializationError("Error serializing to JSON: 'MISSING' can't be serialized to JSON")
        if value is not self.sentinel:
            raise PydanticSerializationUnexpectedValue("Expected 'MISSING' sentinel")
        return value

    def debug_struct(self):
        return 'MissingSentinel', 'MissingSentinelSerializer', None


@register(
    'is-instance', 'is-subclass', 'callable', 'generator', 'invalid',
)
class InferredSerializer(Serializer):
    """Types whose serialization is what inference does for their values (until they get their own)."""

    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = schema.get('type', 'any')
        return self

    def to_python(self, value, state, include, exclude):
        return infer(value, state, include, exclude)

    def debug_struct(self):
        return 'Any', 'AnySerializer', None
