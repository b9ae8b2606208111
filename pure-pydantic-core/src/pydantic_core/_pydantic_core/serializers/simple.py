"""Serializers of scalar types: any, none, int, bool, float, str, bytes, and types serialized by inference."""

from __future__ import annotations

import datetime
import math
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


class _TypedSerializer(Serializer):
    """A serializer for one Python type: values of another type are inferred, with a warning."""

    __slots__ = ()
    expected_types: tuple = ()
    expected_name = ''

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = cls.expected_name
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, self.expected_types)

    def to_python(self, value, state, include, exclude):
        if isinstance(value, self.expected_types):
            return self.convert(value, state)
        state.warn_unexpected(self.expected_name, value)
        return infer(value, state, include, exclude)

    def convert(self, value, state):
        return value


@register('none')
class NoneSerializer(_TypedSerializer):
    __slots__ = ()
    expected_types = (type(None),)
    expected_name = 'None'


@register('int')
class IntSerializer(_TypedSerializer):
    __slots__ = ()
    expected_types = (int,)
    expected_name = 'int'

    def accepts(self, value, state) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    def to_python(self, value, state, include, exclude):
        if type(value) is int:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value) if state.json else value
        state.warn_unexpected('int', value)
        return infer(value, state, include, exclude)


@register('bool')
class BoolSerializer(_TypedSerializer):
    __slots__ = ()
    expected_types = (bool,)
    expected_name = 'bool'


@register('float')
class FloatSerializer(Serializer):
    __slots__ = ('inf_nan_mode',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'float'
        self.inf_nan_mode = ctx.get_config('ser_json_inf_nan')
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, float)

    def to_python(self, value, state, include, exclude):
        if isinstance(value, float):
            if state.json:
                value = float(value)
                if not math.isfinite(value):
                    if self.inf_nan_mode is not None and self.inf_nan_mode != state.inf_nan_mode:
                        saved = state.inf_nan_mode
                        state.inf_nan_mode = self.inf_nan_mode
                        try:
                            return json_float(value, state)
                        finally:
                            state.inf_nan_mode = saved
                    return json_float(value, state)
            return value
        if isinstance(value, int):
            return float(value) if state.json else value
        state.warn_unexpected('float', value)
        return infer(value, state, include, exclude)


@register('str')
class StrSerializer(_TypedSerializer):
    __slots__ = ()
    expected_types = (str,)
    expected_name = 'str'

    def to_python(self, value, state, include, exclude):
        if type(value) is str:
            return value
        if isinstance(value, str):
            return str(value) if state.json else value
        state.warn_unexpected('str', value)
        return infer(value, state, include, exclude)


@register('bytes')
class BytesSerializer(Serializer):
    __slots__ = ('bytes_mode',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'bytes'
        self.bytes_mode = ctx.get_config('ser_json_bytes')
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, (bytes, bytearray))

    def to_python(self, value, state, include, exclude):
        if isinstance(value, (bytes, bytearray)):
            if state.json:
                return json_bytes(value, self.bytes_mode or state.bytes_mode)
            return value
        state.warn_unexpected('bytes', value)
        return infer(value, state, include, exclude)


@register('decimal')
class DecimalSerializer(_TypedSerializer):
    __slots__ = ()
    expected_types = (Decimal,)
    expected_name = 'decimal'

    def convert(self, value, state):
        return str(value) if state.json else value


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
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        return str(value) if state.json else value


register('url', 'multi-host-url')(UrlSerializer)


@register(
    'uuid', 'complex', 'enum',
    'is-instance', 'is-subclass', 'callable', 'generator', 'missing-sentinel', 'json', 'invalid',
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
