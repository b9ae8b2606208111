"""model-fields: the fields of a model, validated from a mapping (or an object's attributes).

The result is the tuple `(fields dict, extra dict or None, fields set)` the model validator needs.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._state import PYTHON, STRINGS
from .._undefined import PydanticUndefined
from ..errors import LineError, SchemaError, ValError, val_error
from ._base import Omit, Validator, register, without_partial
from ._fields import MISSING, FieldLookup, ObjectAndMapping, build_field, resolve_by_alias_by_name
from .defaults import WithDefaultValidator


class ModelField:
    __slots__ = ('name', 'lookup', 'validator', 'frozen', 'has_default', 'takes_data')

    def __init__(self, name, lookup, validator, frozen):
        self.name = name
        self.lookup = lookup
        self.validator = validator
        self.frozen = frozen
        self.has_default = isinstance(validator, WithDefaultValidator) and validator.has_default
        self.takes_data = self.has_default and validator.factory_takes_data


_EXTRA_BEHAVIORS = ('allow', 'ignore', 'forbid')


class _DebugStruct:
    __slots__ = ('name', 'fields')

    def __init__(self, name, fields):
        self.name = name
        self.fields = fields

    def debug_struct(self):
        return None, self.name, self.fields


def _lookup_path_debug(path):
    from .._debug import Tuple

    def item(x):
        return Tuple('PathItemString', x) if isinstance(x, str) else Tuple('PathItemInt', x)

    return _DebugStruct('LookupPath', [('first_item', item(path[0])), ('rest', [Tuple('S' if isinstance(x, str) else 'I', item(x)) for x in path[1:]])])


def field_debug(struct_name, name, lookup, validator, extra_fields):
    """A field's entry in the native-like repr."""
    paths = lookup.alias_paths
    collection = _DebugStruct('LookupPathCollection', [
        ('by_name', _lookup_path_debug([name])),
        ('by_alias', [_lookup_path_debug(p) for p in paths] if paths else []),
    ])
    return _DebugStruct(struct_name, [('name', name), ('lookup_path_collection', collection), ('validator', validator), *extra_fields])


def check_extra_behavior(value) -> str:
    if value not in _EXTRA_BEHAVIORS:
        raise ValueError(f'Invalid extra_behavior: `{value}`')
    return value


def build_extra_behavior(schema, ctx) -> str:
    extra = schema.get('extra_behavior')
    if extra is None:
        extra = ctx.get_config('extra_fields_behavior')
    if extra is None:
        extra = 'ignore'
    if extra not in _EXTRA_BEHAVIORS:
        raise SchemaError(f'Invalid extra_behavior: `{extra}`')
    return extra


def fields_source(input, state, from_attributes: bool, strict: bool, model_name: str):
    """How fields are read from `input`: (the object to read, whether it is a mapping); or the type error."""
    if isinstance(input, dict):
        return input, True
    if state.mode is not PYTHON:
        raise val_error('model_type', input, {'class_name': model_name})
    if isinstance(input, Mapping) and not strict:
        return input, True
    if from_attributes:
        if type(input) is tuple and len(input) == 2 and isinstance(input[1], Mapping):
            return ObjectAndMapping(input[0], input[1]), False
        if not isinstance(input, (str, bytes, bytearray, int, float, list, tuple, set, frozenset, type)) and input is not None:
            return input, False
        raise val_error('model_attributes_type', input)
    raise val_error('model_type', input, {'class_name': model_name})


@register('model-fields')
class ModelFieldsValidator(Validator):
    __slots__ = (
        'fields',
        'strict',
        'extra_behavior',
        'extras_validator',
        'extras_keys_validator',
        'from_attributes',
        'loc_by_alias',
        'by_alias',
        'by_name',
        'model_name',
        'config',
    )

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        self.extra_behavior = build_extra_behavior(schema, ctx)
        if self.extra_behavior != 'allow':
            if schema.get('extras_schema') is not None:
                raise SchemaError('extras_schema can only be used if extra_behavior=allow')
            if schema.get('extras_keys_schema') is not None:
                raise SchemaError('extras_keys_schema can only be used if extra_behavior=allow')
        extras = schema.get('extras_schema')
        self.extras_validator = ctx.build(extras) if extras is not None else None
        extras_keys = schema.get('extras_keys_schema')
        self.extras_keys_validator = ctx.build(extras_keys) if extras_keys is not None else None
        from_attributes = schema.get('from_attributes')
        self.from_attributes = ctx.get_config('from_attributes', False) if from_attributes is None else from_attributes
        self.loc_by_alias = ctx.get_config('loc_by_alias', True)
        self.by_alias, self.by_name = resolve_by_alias_by_name(ctx)
        self.model_name = schema.get('model_name', 'Model')
        self.config = ctx.config
        fields = []
        for name, field in schema['fields'].items():
            validator = build_field(ctx, name, field['schema'])
            fields.append(ModelField(name, FieldLookup(name, field.get('validation_alias')), validator, field.get('frozen', False)))
        self.fields = fields
        self.name = 'model-fields'
        return self

    def debug_struct(self):
        from .._debug import Raw

        return 'ModelFields', 'ModelFieldsValidator', [
            ('fields', [field_debug('Field', f.name, f.lookup, f.validator, [('frozen', bool(f.frozen))]) for f in self.fields]),
            ('model_name', self.model_name),
            ('extra_behavior', Raw(self.extra_behavior.capitalize())),
            ('extras_validator', self.extras_validator),
            ('strict', self.strict),
            ('from_attributes', bool(self.from_attributes)),
            ('loc_by_alias', bool(self.loc_by_alias)),
        ]

    def validate(self, input, state):
        if state.allow_partial:
            return without_partial(self.validate, input, state)
        from_attributes = self.from_attributes if state.from_attributes is None else state.from_attributes
        strict = self.strict if state.strict is None else state.strict
        input_source, is_mapping = fields_source(input, state, from_attributes, strict, self.model_name)
        use_alias = self.by_alias if state.by_alias is None else state.by_alias
        use_name = self.by_name if state.by_name is None else state.by_name
        model_dict = {}
        fields_set = set()
        errors = None
        extra_behavior = check_extra_behavior(state.extra_behavior) if state.extra_behavior else self.extra_behavior
        # The input keys a field was read from; with extras allowed or forbidden, the others are
        # extra (a field's name is extra when its alias was used, as natively).
        used_keys = set() if is_mapping and extra_behavior != 'ignore' else None
        outer_data = state.data
        outer_field = state.field_name
        state.data = model_dict
        try:
            for field in self.fields:
                try:
                    value, loc, used = field.lookup.find(input_source, use_alias, use_name, not is_mapping)
                except ValError as exc:
                    errors = errors or []
                    errors.extend(exc.with_loc(field.name).line_errors)
                    continue
                if used_keys is not None and value is not MISSING:
                    used_keys.add(used)
                state.field_name = field.name
                if state.mode is STRINGS and value is not MISSING and not isinstance(value, (str, dict)):
                    errors = errors or []
                    errors.extend(val_error('string_type', value).with_loc(field.name).line_errors)
                    continue
                if value is MISSING:
                    if field.has_default:
                        if field.takes_data and errors:
                            errors = errors or []
                            errors.append(LineError('default_factory_not_called', PydanticUndefined, None, None, [field.name]))
                            continue
                        try:
                            default = field.validator.default_value(state)
                        except ValError as exc:
                            errors = errors or []
                            errors.extend(exc.with_loc(field.name).line_errors)
                            continue
                        model_dict[field.name] = default.value
                    else:
                        errors = errors or []
                        missing_loc = field.lookup.missing_loc(use_alias, use_name) if self.loc_by_alias else (field.name,)
                        line = LineError('missing', input)
                        line.loc = list(reversed(missing_loc))
                        errors.append(line)
                    continue
                try:
                    model_dict[field.name] = field.validator.validate(value, state)
                except ValError as exc:
                    errors = errors or []
                    where = loc if self.loc_by_alias else (field.name,)
                    for item in reversed(where):
                        exc.with_loc(item)
                    errors.extend(exc.line_errors)
                    continue
                except Omit:
                    continue
                fields_set.add(field.name)
        finally:
            state.data = outer_data
            state.field_name = outer_field

        model_extra = None
        if extra_behavior == 'allow':
            model_extra = {}
        if used_keys is not None:
            for key, value in input.items():
                if key in used_keys:
                    continue
                if extra_behavior == 'forbid':
                    errors = errors or []
                    errors.append(LineError('extra_forbidden', value, None, None, [key]))
                else:
                    if not isinstance(key, str):
                        errors = errors or []
                        errors.append(LineError('invalid_key', key, None, None, [key]))
                        continue
                    if self.extras_keys_validator is not None:
                        try:
                            key = self.extras_keys_validator.validate(key, state)
                        except ValError as exc:
                            errors = errors or []
                            errors.extend(exc.with_loc('[key]').with_loc(key).line_errors)
                            continue
                    if self.extras_validator is not None:
                        try:
                            value = self.extras_validator.validate(value, state)
                        except ValError as exc:
                            errors = errors or []
                            errors.extend(exc.with_loc(key).line_errors)
                            continue
                    model_extra[key] = value
                    fields_set.add(key)
        if errors:
            raise ValError(errors)
        state.add_fields_set(len(fields_set))
        return model_dict, model_extra, fields_set

    def validate_assignment(self, obj_dict, field_name, field_value, state):
        """Validate one new field value against the model's data; the data dict is updated in place.

        Returns (fields dict, extra dict or None, {field_name}) like validation does.
        """
        if not isinstance(obj_dict, dict):
            raise val_error('dict_type', obj_dict)
        field = next((f for f in self.fields if f.name == field_name), None)
        extra_behavior = check_extra_behavior(state.extra_behavior) if state.extra_behavior else self.extra_behavior
        field_names = {f.name for f in self.fields}
        if field is None:
            if extra_behavior != 'allow':
                raise ValError([LineError('no_such_attribute', field_value, {'attribute': field_name}, None, [field_name])])
            value = field_value
            if self.extras_validator is not None:
                try:
                    value = self.extras_validator.validate(field_value, state)
                except ValError as exc:
                    raise exc.with_loc(field_name) from None
            fields = {k: v for k, v in obj_dict.items() if k in field_names}
            extra = {k: v for k, v in obj_dict.items() if k not in field_names}
            extra[field_name] = value
            return fields, extra, {field_name}
        if field.frozen:
            raise ValError([LineError('frozen_field', field_value, None, None, [field_name])])
        outer_data, outer_field = state.data, state.field_name
        state.data = {k: v for k, v in obj_dict.items() if k != field_name}
        state.field_name = field_name
        try:
            new_value = field.validator.validate(field_value, state)
        except ValError as exc:
            raise exc.with_loc(field_name) from None
        finally:
            state.data, state.field_name = outer_data, outer_field
        obj_dict[field_name] = new_value
        if extra_behavior == 'allow':
            fields = {k: v for k, v in obj_dict.items() if k in field_names}
            extra = {k: v for k, v in obj_dict.items() if k not in field_names}
            return fields, extra, {field_name}
        return obj_dict, None, {field_name}
