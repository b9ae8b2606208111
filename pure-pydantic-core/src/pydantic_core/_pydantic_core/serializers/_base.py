"""The serializer protocol, its registry, build context and per-call state.

As for validators: a core schema is built once into a tree of serializers;
each call runs `serializer.to_python(value, state, include, exclude)`. In JSON
mode (`state.json`) serializers return JSON-ready values (str keys, lists,
str for dates, bytes, decimals...), which `to_json` then writes as text.

To add a schema type: subclass `Serializer` in the module of its family,
decorate it with `@register('the-type')`, read the schema in
`build(cls, schema, ctx)` and implement `to_python`. A schema's own
`serialization` key (a function or format serializer) takes precedence and
is handled by `BuildContext.build`.
"""

from __future__ import annotations

import warnings as _warnings

from ..errors import PydanticSerializationError, SchemaError
from ..errors.input_repr import truncated_repr

__all__ = ['Serializer', 'SerBuildContext', 'SerState', 'register', 'SERIALIZERS', 'SER_SCHEMA_SERIALIZERS', 'Unexpected']


class Unexpected(Exception):
    """A value did not match its serializer while a union was trying its members (`state.check` set)."""

    def __init__(self, message: str):
        self.message = message

SERIALIZERS: dict[str, type[Serializer]] = {}
# Serializers for the `serialization` key of schemas (function-plain, format, ...).
SER_SCHEMA_SERIALIZERS: dict[str, type[Serializer]] = {}
# Per schema type, a function (serializer, schema, ctx) -> serializer wrapping what was built
# for the schema, its `serialization` key included (models: polymorphic serialization).
WRAPPERS: dict = {}
# Per schema type, a function (schema) -> the serializer a complete class already carries, or None.
PREBUILT: dict = {}


def register(*schema_types: str, ser_schema: bool = False):
    def decorate(cls):
        table = SER_SCHEMA_SERIALIZERS if ser_schema else SERIALIZERS
        for schema_type in schema_types:
            table[schema_type] = cls
        return cls

    return decorate


class Serializer:
    """Base of all serializers. `name` is used in warnings ("Expected `int`")."""

    __slots__ = ('name',)

    @classmethod
    def build(cls, schema: dict, ctx: SerBuildContext) -> Serializer:
        raise NotImplementedError

    def to_python(self, value, state: SerState, include, exclude):
        raise NotImplementedError

    # A value of the expected type? Unions use this to pick a member.
    def accepts(self, value, state) -> bool:
        return True

    def debug_struct(self):
        """(variant, struct name, fields or None) for the native-like repr (see _debug.py)."""
        from .._debug import variant_of

        cls_name = type(self).__name__
        return variant_of(cls_name, 'Serializer'), cls_name, None

    def __repr__(self) -> str:
        from .._debug import render_compact

        return render_compact(self)


class SerDefinitionSlot:
    __slots__ = ('ref', 'schema', 'serializer', 'building', 'defined_by')

    def __init__(self, ref, schema):
        self.ref = ref
        self.schema = schema
        self.serializer = None
        self.building = False
        self.defined_by = None


class SerBuildContext:
    __slots__ = ('config', 'definitions', 'use_prebuilt')

    def __init__(self, config, definitions=None, use_prebuilt=True):
        self.config = config
        self.definitions = definitions if definitions is not None else {}
        self.use_prebuilt = use_prebuilt

    def get_config(self, key, default=None):
        config = self.config
        return default if config is None else config.get(key, default)

    def with_config(self, config):
        if config is None:
            return self
        return SerBuildContext(config, self.definitions, self.use_prebuilt)

    def slot(self, ref):
        slot = self.definitions.get(ref)
        if slot is None:
            slot = self.definitions[ref] = SerDefinitionSlot(ref, None)
        return slot

    def build(self, schema: dict, use_serialization_key: bool = True) -> Serializer:
        schema_type = schema.get('type')
        ref = schema.get('ref')
        slot = None
        if ref is not None and schema_type not in ('definitions', 'definition-ref'):
            slot = self.slot(ref)
            if slot.serializer is not None and slot.schema is schema:
                return slot.serializer
            if slot.schema is None:
                slot.schema = schema
            slot.building = True
        try:
            serializer = self._build(schema, schema_type, use_serialization_key)
        finally:
            if slot is not None:
                slot.building = False
        if slot is not None and (slot.serializer is None or slot.schema is schema):
            slot.serializer = serializer
        return serializer

    def _build(self, schema, schema_type, use_serialization_key):
        serializer = self._build_one(schema, schema_type, use_serialization_key)
        wrap = WRAPPERS.get(schema_type)
        if wrap is not None and use_serialization_key:
            serializer = wrap(serializer, schema, self)
        return serializer

    def _build_one(self, schema, schema_type, use_serialization_key):
        if self.use_prebuilt and use_serialization_key and schema_type in PREBUILT:
            reused = PREBUILT[schema_type](schema)
            if reused is not None:
                return reused
        ser_schema = schema.get('serialization') if use_serialization_key else None
        if ser_schema is not None:
            cls = SER_SCHEMA_SERIALIZERS.get(ser_schema.get('type'))
            if cls is not None:
                return cls.build_for(ser_schema, schema, self)
        cls = SERIALIZERS.get(schema_type)
        if cls is None:
            raise SchemaError(f'Unknown schema type: "{schema_type}"')
        try:
            return cls.build(schema, self)
        except RecursionError:
            raise
        except Exception as exc:
            raise SchemaError(f'Error building "{schema_type}" serializer:\n  {type(exc).__name__}: {exc}') from exc


class SerState:
    """Options of one to_python/to_json call, and the warnings collected during it."""

    __slots__ = (
        'json',
        'mode',
        'by_alias',
        'exclude_unset',
        'exclude_defaults',
        'exclude_none',
        'exclude_computed_fields',
        'round_trip',
        'warnings_mode',
        'fallback',
        'serialize_as_any',
        'polymorphic',
        'context',
        'warnings',
        'field_name',
        'timedelta_mode',
        'temporal_mode',
        'bytes_mode',
        'inf_nan_mode',
        'serialize_unknown',
        'recursion_guard',
        'include',
        'exclude',
        'current_model',
        'temporal_infer_mode',
        'check',
        'to_json',
    )

    def __init__(
        self,
        mode='python',
        by_alias=None,
        exclude_unset=False,
        exclude_defaults=False,
        exclude_none=False,
        exclude_computed_fields=False,
        round_trip=False,
        warnings=True,
        fallback=None,
        serialize_as_any=False,
        polymorphic=None,
        context=None,
        config=None,
    ):
        self.mode = mode
        self.json = mode == 'json'
        self.by_alias = by_alias
        self.exclude_unset = exclude_unset
        self.exclude_defaults = exclude_defaults
        self.exclude_none = exclude_none
        self.exclude_computed_fields = exclude_computed_fields
        self.round_trip = round_trip
        if warnings is True:
            warnings = 'warn'
        elif warnings is False:
            warnings = 'none'
        self.warnings_mode = warnings
        self.fallback = fallback
        self.serialize_as_any = serialize_as_any
        self.polymorphic = polymorphic
        self.context = context
        self.warnings = []
        self.field_name = None
        get = config.get if config else (lambda key, default=None: default)
        self.timedelta_mode = get('ser_json_timedelta', 'iso8601')
        self.temporal_mode = get('ser_json_temporal', 'iso8601')
        self.bytes_mode = get('ser_json_bytes', 'utf8')
        self.inf_nan_mode = get('ser_json_inf_nan', 'null')
        from .._temporal.serialize import mode_for

        # How inference writes dates and durations (typed serializers decide from their own config).
        self.temporal_infer_mode = mode_for(config, None)
        self.serialize_unknown = False
        self.recursion_guard = None
        self.include = None
        self.exclude = None
        self.current_model = None  # the model (or dict) whose fields are being serialized, for field serializers
        # None normally; 'strict' or 'lax' while a union tries its members: a mismatch then raises Unexpected.
        self.check = None
        self.to_json = False  # to_json (the native serde path) rather than to_python(mode='json')

    def unexpected_message(self, expected: str, value) -> str:
        field = f"field_name='{self.field_name}', " if self.field_name is not None else ''
        return (
            f'PydanticSerializationUnexpectedValue(Expected `{expected}` - serialized value may not be as expected '
            f'[{field}input_value={truncated_repr(value)}, input_type={type(value).__name__}])'
        )

    def warn_unexpected(self, expected: str, value) -> None:
        """Record "Expected `<type>` - serialized value may not be as expected" for the final warning
        (or, while a union tries its members, fail this member)."""
        if self.check is not None:
            raise Unexpected(self.unexpected_message(expected, value))
        if self.warnings_mode == 'none':
            return
        self.warnings.append(self.unexpected_message(expected, value))

    def add_warning(self, text: str) -> None:
        if self.warnings_mode != 'none':
            self.warnings.append(text)

    def emit_warnings(self) -> None:
        if not self.warnings:
            return
        message = 'Pydantic serializer warnings:\n  ' + '\n  '.join(self.warnings)
        if self.warnings_mode == 'error':
            raise PydanticSerializationError(message)
        _warnings.warn(message, UserWarning, stacklevel=3)
