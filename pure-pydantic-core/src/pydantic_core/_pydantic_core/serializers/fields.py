"""Serializers of field collections: model, model-fields, typed-dict, dataclass, dataclass-args.

One `FieldSerializer` per field holds everything decided at build time (output
key and alias, exclusion flags, default for `exclude_defaults`); the
collection serializer applies the per-call filters.
"""

from __future__ import annotations

import dataclasses

from .._undefined import PydanticUndefined
from .filters import check_filter, next_filters
from .infer import infer
from ._base import PREBUILT, WRAPPERS, Serializer, Unexpected, register

_NO_DEFAULT = PydanticUndefined


def _default_of(schema):
    """(default value or _NO_DEFAULT, default factory or None) of a field schema."""
    while schema.get('type') in ('function-before', 'function-after', 'function-wrap') and 'schema' in schema:
        schema = schema['schema']
    if schema.get('type') == 'default':
        return schema.get('default', _NO_DEFAULT), schema.get('default_factory')
    return _NO_DEFAULT, None


class FieldSerializer:
    __slots__ = ('name', 'key', 'alias', 'serializer', 'exclude', 'exclude_if', 'default', 'default_factory', 'required')

    def __init__(self, name, field_schema, ctx, total=True):
        self.name = name
        self.alias = field_schema.get('serialization_alias')
        self.serializer = ctx.build(field_schema['schema'])
        self.exclude = field_schema.get('serialization_exclude', False)
        self.exclude_if = field_schema.get('serialization_exclude_if') or field_schema.get('exclude_if')
        self.default, self.default_factory = _default_of(field_schema['schema'])
        required = field_schema.get('required')
        if required is None:
            required = total
        self.required = bool(required) and self.default is _NO_DEFAULT and self.default_factory is None

    def debug_struct(self):
        from .._debug import Some

        return None, 'SerField', [
            ('key', self.name),
            ('alias', Some(self.alias) if self.alias is not None else None),
            ('serializer', Some(self.serializer)),
            ('required', self.required),
            ('serialize_by_alias', None),
            ('serialization_exclude_if', None),
        ]

    def output_key(self, by_alias: bool) -> str:
        return self.alias if by_alias and self.alias is not None else self.name

    def is_default(self, value) -> bool:
        if self.default is not _NO_DEFAULT:
            try:
                return bool(value == self.default)
            except Exception:
                return False
        if self.default_factory is not None:
            try:
                return bool(value == self.default_factory())
            except TypeError:
                return False
        return False


class ComputedField:
    __slots__ = ('property_name', 'alias', 'serializer', 'exclude_if')

    def __init__(self, spec, ctx):
        self.property_name = spec['property_name']
        self.alias = spec.get('alias')
        self.serializer = ctx.build(spec['return_schema'])
        self.exclude_if = spec.get('serialization_exclude_if')


class _SchemaFilter:
    @staticmethod
    def debug_struct():
        return None, 'SchemaFilter', [('include', None), ('exclude', None)]


def fields_debug(fields, computed, mode, extra_serializer):
    """The native outline of a fields serializer (models, typed dicts)."""
    from .._debug import Raw, Some, Tuple

    return 'Fields', 'GeneralFieldsSerializer', [
        ('fields', dict(fields)),
        ('computed_fields', Some(Tuple('ComputedFields', [c.property_name for c in computed or ()]))),
        ('mode', Raw(mode)),
        ('extra_serializer', Some(extra_serializer) if extra_serializer is not None else None),
        ('filter', _SchemaFilter()),
        ('required_fields', sum(1 for f in fields.values() if f.required)),
    ]


def serialize_fields(fields, value_dict, extra, fields_set, model, computed, by_alias, state, include, exclude,
                     extra_serializer=None, inline_extra=False):
    """The output dict of a field collection, in the order of the value's own keys.

    `fields` maps names to FieldSerializers. Keys of `value_dict` that are not fields are
    serialized in place when `inline_extra` (a typed dict allowing extras) and dropped
    otherwise; `extra` (a model's __pydantic_extra__) follows, then computed fields.
    """
    if state.check is not None and model is None:
        _check_keys(fields, value_dict, inline_extra, state)
    out = {}
    filtering = include is not None or exclude is not None
    if filtering:
        check_filter(include, 'include')
        check_filter(exclude, 'exclude')
    exclude_none = state.exclude_none
    exclude_unset = state.exclude_unset and fields_set is not None
    exclude_defaults = state.exclude_defaults
    outer_field = state.field_name
    outer_model = state.current_model
    state.current_model = model if model is not None else value_dict
    missing = _MISSING[0] if _MISSING else _missing_sentinel()
    # (a model's __dict__ may grow meanwhile: a field serializer reading a cached_property)
    items = value_dict.items() if model is None else list(value_dict.items())
    try:
        for name, value in items:
            if value is missing:
                continue  # fields holding pydantic_core's MISSING are left out, as natively
            field = fields.get(name)
            if field is None:
                if inline_extra:
                    _serialize_extra(out, name, value, state, include, exclude, filtering, exclude_none, extra_serializer)
                continue
            if field.exclude:
                continue
            if filtering:
                keep, sub_include, sub_exclude = next_filters(name, include, exclude)
                if not keep:
                    continue
            else:
                sub_include = sub_exclude = None
            if exclude_none and value is None:
                continue
            if exclude_unset and name not in fields_set:
                continue
            if exclude_defaults and field.is_default(value):
                continue
            if field.exclude_if is not None and field.exclude_if(value):
                continue
            state.field_name = name
            out[field.output_key(by_alias)] = field.serializer.to_python(value, state, sub_include, sub_exclude)
        if extra:
            for key, value in extra.items():
                _serialize_extra(out, key, value, state, include, exclude, filtering, exclude_none, extra_serializer)
        if computed and model is not None and not state.exclude_computed_fields and not state.round_trip:
            for field in computed:
                name = field.property_name
                if filtering:
                    keep, sub_include, sub_exclude = next_filters(name, include, exclude)
                    if not keep:
                        continue
                else:
                    sub_include = sub_exclude = None
                value = getattr(model, name)
                if exclude_none and value is None:
                    continue
                if field.exclude_if is not None and field.exclude_if(value):
                    continue
                key = field.alias if by_alias and field.alias is not None else name
                state.field_name = name
                out[key] = field.serializer.to_python(value, state, sub_include, sub_exclude)
    finally:
        state.field_name = outer_field
        state.current_model = outer_model
    return out


_MISSING = []


def _missing_sentinel():
    from .simple import missing_sentinel

    _MISSING.append(missing_sentinel())
    return _MISSING[0]


def _check_keys(fields, value_dict, inline_extra, state):
    """While a union tries its members: the value must have this collection's keys."""
    if not inline_extra:
        for key in value_dict:
            if key not in fields:
                raise Unexpected(state.unexpected_message('general-fields', value_dict))
    for name, field in fields.items():
        if field.required and name not in value_dict:
            raise Unexpected(state.unexpected_message('general-fields', value_dict))


def _serialize_extra(out, key, value, state, include, exclude, filtering, exclude_none, extra_serializer):
    if filtering:
        keep, sub_include, sub_exclude = next_filters(key, include, exclude)
        if not keep:
            return
    else:
        sub_include = sub_exclude = None
    if exclude_none and value is None:
        return
    state.field_name = key
    if extra_serializer is not None:
        out[key] = extra_serializer.to_python(value, state, sub_include, sub_exclude)
    else:
        out[key] = infer(value, state, sub_include, sub_exclude)


def _by_alias(state, default: bool) -> bool:
    return default if state.by_alias is None else state.by_alias


@register('model-fields')
class ModelFieldsSerializer(Serializer):
    __slots__ = ('fields', 'computed', 'by_alias', 'extra_serializer', 'allow_extra')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.fields = {name: FieldSerializer(name, spec, ctx) for name, spec in schema['fields'].items()}
        self.computed = [ComputedField(spec, ctx) for spec in schema.get('computed_fields') or ()]
        self.by_alias = ctx.get_config('serialize_by_alias', False)
        extras = schema.get('extras_schema')
        self.extra_serializer = ctx.build(extras) if extras is not None else None
        # Extras are written only by a schema that allows them (not a parent's, for a subclass).
        extra_behavior = schema.get('extra_behavior') or ctx.get_config('extra_fields_behavior', 'ignore')
        self.allow_extra = extra_behavior == 'allow'
        self.name = 'model-fields'
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, dict)

    def debug_struct(self):
        return fields_debug(self.fields, self.computed, 'ModelExtra' if self.allow_extra else 'SimpleDict', self.extra_serializer)

    def to_python(self, value, state, include, exclude):
        # Standalone (not under a model): the value is the fields dict, or (dict, extra, fields_set).
        extra = fields_set = None
        if isinstance(value, tuple) and len(value) == 3:
            value, extra, fields_set = value
        if not isinstance(value, dict):
            state.warn_unexpected('dict', value)
            return infer(value, state, include, exclude)
        return serialize_fields(self.fields, value, extra, fields_set, None, None, _by_alias(state, self.by_alias), state, include, exclude, self.extra_serializer)

    def serialize_model(self, model, state, include, exclude):
        return serialize_fields(
            self.fields,
            model.__dict__,
            getattr(model, '__pydantic_extra__', None) if self.allow_extra else None,
            getattr(model, '__pydantic_fields_set__', None),
            model,
            self.computed,
            _by_alias(state, self.by_alias),
            state,
            include,
            exclude,
            self.extra_serializer,
        )


@register('model')
class ModelSerializer(Serializer):
    __slots__ = ('cls', 'inner', 'root_model', 'class_name')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.cls = schema['cls']
        inner_ctx = ctx.with_config(schema.get('config'))
        self.inner = inner_ctx.build(schema['schema'])
        self.root_model = schema.get('root_model', False)
        self.class_name = getattr(self.cls, '__name__', repr(self.cls))
        self.name = self.class_name
        return self

    def debug_struct(self):
        from .._debug import Raw

        return 'Model', 'ModelSerializer', [
            ('class', Raw('Py(0x0)')),
            ('serializer', self.inner),
            ('has_extra', bool(getattr(self.inner, 'allow_extra', False)) and not self.root_model),
            ('root_model', bool(self.root_model)),
            ('name', self.class_name),
        ]

    def accepts(self, value, state) -> bool:
        return isinstance(value, self.cls)

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, self.cls) or (state.check == 'strict' and type(value) is not self.cls):
            if value is None and state.check is None:
                return None
            if state.check is None:
                if state.serialize_as_any:
                    return infer(value, state, include, exclude)
                inner = self.inner
                if (isinstance(inner, ModelFieldsSerializer) and not isinstance(value, (dict, type))
                        and isinstance(getattr(value, '__dict__', None), dict)):
                    # natively another object is serialized by its attributes, as if it were one
                    return inner.serialize_model(value, state, include, exclude)
            state.warn_unexpected(self.class_name, value)
            return infer(value, state, include, exclude)
        if self.root_model:
            outer_model = state.current_model
            state.current_model = value
            try:
                return self.inner.to_python(value.__dict__['root'], state, include, exclude)
            finally:
                state.current_model = outer_model
        inner = self.inner
        if isinstance(inner, ModelFieldsSerializer):
            if state.check is not None:
                expected = len(inner.fields)
                present = sum(1 for name in inner.fields if name in value.__dict__)
                if present != expected:
                    message = state.unexpected_message(self.class_name, value)
                    prefix = 'PydanticSerializationUnexpectedValue('
                    raise Unexpected(f'{prefix}Expected {expected} fields but got {present}: {message[len(prefix):]}')
            return inner.serialize_model(value, state, include, exclude)
        # Any other inner schema sees the instance's __dict__, as natively.
        return inner.to_python(getattr(value, '__dict__', value), state, include, exclude)


@register('typed-dict')
class TypedDictSerializer(Serializer):
    __slots__ = ('fields', 'computed', 'by_alias', 'extra_serializer', 'allow_extra')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        ctx = ctx.with_config(schema.get('config'))
        total = schema.get('total')
        if total is None:
            total = ctx.get_config('typed_dict_total', True)
        self.fields = {name: FieldSerializer(name, spec, ctx, total) for name, spec in schema['fields'].items()}
        self.computed = [ComputedField(spec, ctx) for spec in schema.get('computed_fields') or ()]
        self.by_alias = ctx.get_config('serialize_by_alias', False)
        extras = schema.get('extras_schema')
        self.extra_serializer = ctx.build(extras) if extras is not None else None
        extra_behavior = schema.get('extra_behavior') or ctx.get_config('extra_fields_behavior', 'ignore')
        self.allow_extra = extra_behavior == 'allow'
        self.name = 'typed-dict'
        return self

    def debug_struct(self):
        return fields_debug(self.fields, self.computed, 'TypedDictAllow' if self.allow_extra else 'SimpleDict', self.extra_serializer)

    def accepts(self, value, state) -> bool:
        return isinstance(value, dict)

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, dict):
            state.warn_unexpected('general-fields', value)
            return infer(value, state, include, exclude)
        if state.serialize_as_any:
            return infer(value, state, include, exclude)
        return serialize_fields(self.fields, value, None, None, None, None, _by_alias(state, self.by_alias), state, include, exclude,
                                self.extra_serializer, inline_extra=self.allow_extra)


@register('dataclass-args')
class DataclassArgsSerializer(Serializer):
    __slots__ = ('fields', 'computed', 'by_alias')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.fields = {spec['name']: FieldSerializer(spec['name'], spec, ctx) for spec in schema['fields'] if not spec.get('init_only')}
        self.computed = [ComputedField(spec, ctx) for spec in schema.get('computed_fields') or ()]
        self.by_alias = ctx.get_config('serialize_by_alias', False)
        self.name = 'dataclass-args'
        return self

    def to_python(self, value, state, include, exclude):
        if isinstance(value, dict):
            return serialize_fields(self.fields, value, None, None, None, None, _by_alias(state, self.by_alias), state, include, exclude)
        return self.serialize_instance(value, state, include, exclude)

    def serialize_instance(self, value, state, include, exclude):
        data = {}
        for name in self.fields:
            try:
                data[name] = getattr(value, name)
            except AttributeError:
                pass
        return serialize_fields(self.fields, data, None, None, value, self.computed, _by_alias(state, self.by_alias), state, include, exclude)


@register('dataclass')
class DataclassSerializer(Serializer):
    __slots__ = ('cls', 'inner', 'class_name')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.cls = schema['cls']
        self.inner = ctx.with_config(schema.get('config')).build(schema['schema'])
        self.class_name = schema.get('cls_name') or self.cls.__name__
        self.name = self.class_name
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, self.cls)

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, self.cls):
            if value is None and state.check is None:
                return None
            # natively another dataclass instance is serialized by these fields, as if it were one
            if state.check is not None or not dataclasses.is_dataclass(value) or isinstance(value, type):
                state.warn_unexpected(self.class_name, value)
                return infer(value, state, include, exclude)
        inner = self.inner
        if isinstance(inner, DataclassArgsSerializer):
            return inner.serialize_instance(value, state, include, exclude)
        if dataclasses.is_dataclass(value):
            data = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
            return inner.to_python(data, state, include, exclude)
        return inner.to_python(value, state, include, exclude)


class PolymorphismTrampoline(Serializer):
    """Around a model's or dataclass's serializer (its own function serializer included): with
    polymorphic serialization (the call's `polymorphic_serialization`, else the class config's)
    or serialize_as_any, an instance of a subclass is serialized by the subclass's serializer."""

    __slots__ = ('cls', 'inner', 'enabled_from_config')

    def accepts(self, value, state) -> bool:
        return self.inner.accepts(value, state)

    def to_python(self, value, state, include, exclude):
        cls = self.cls
        if type(value) is not cls and isinstance(value, cls):
            enabled = state.polymorphic if state.polymorphic is not None else self.enabled_from_config
            if enabled or state.serialize_as_any:
                own = getattr(getattr(type(value), '__pydantic_serializer__', None), '_serializer', None)
                if own is not None and own is not self:
                    return own.to_python(value, state, include, exclude)
                if own is None and state.serialize_as_any:
                    return infer(value, state, include, exclude)  # a subclass without a schema
        return self.inner.to_python(value, state, include, exclude)

    def debug_struct(self):
        from .._debug import Raw

        return 'PolymorphismTrampoline', 'PolymorphismTrampoline', [
            ('class', Raw('Py(0x0)')),
            ('serializer', self.inner),
            ('enabled_from_config', bool(self.enabled_from_config)),
        ]


def _polymorphism_trampoline(serializer, schema, ctx):
    cls = schema.get('cls')
    if not isinstance(cls, type):
        return serializer
    self = PolymorphismTrampoline()
    self.cls = cls
    self.inner = serializer
    self.name = serializer.name
    config = schema.get('config')
    enabled = (config or {}).get('polymorphic_serialization')
    if enabled is None:
        enabled = ctx.get_config('polymorphic_serialization', False)
    self.enabled_from_config = bool(enabled)
    return self


WRAPPERS['model'] = _polymorphism_trampoline
WRAPPERS['dataclass'] = _polymorphism_trampoline


def _prebuilt_serializer(schema):
    """A complete model's (or dataclass's) own serializer, reused for its schema as natively
    (a PrebuiltSerializer) when it serializes the class itself or through a plain function."""
    cls = schema.get('cls')
    namespace = getattr(cls, '__dict__', None)
    if not namespace or not namespace.get('__pydantic_complete__'):
        return None
    root = getattr(namespace.get('__pydantic_serializer__'), '_serializer', None)
    inner = root.inner if isinstance(root, PolymorphismTrampoline) else root
    from .functions import PlainFunctionSerializer

    if not (isinstance(inner, PlainFunctionSerializer)
            or (isinstance(inner, ModelSerializer) and inner.cls is cls)):
        return None
    wrapper = PrebuiltSerializer()
    wrapper.root = inner
    wrapper.name = inner.name
    return wrapper


class PrebuiltSerializer(Serializer):
    """The serializer of another SchemaSerializer (a complete class's own), used as it is."""

    __slots__ = ('root',)

    def accepts(self, value, state) -> bool:
        return self.root.accepts(value, state)

    def to_python(self, value, state, include, exclude):
        return self.root.to_python(value, state, include, exclude)

    def debug_struct(self):
        from .._debug import Raw

        return 'Prebuilt', 'PrebuiltSerializer', [('schema_serializer', Raw('Py(0x0)'))]


PREBUILT['model'] = _prebuilt_serializer
