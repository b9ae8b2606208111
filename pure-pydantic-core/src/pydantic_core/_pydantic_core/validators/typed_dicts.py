"""typed-dict: a dict with known keys, each validated by its own schema."""

from __future__ import annotations

from collections.abc import Mapping

from .._state import PYTHON, STRICT, STRINGS
from .._undefined import PydanticUndefined
from ..errors import LineError, SchemaError, ValError, val_error
from ._base import BuildContext, Omit, Validator, register
from ._fields import MISSING, FieldLookup, build_field, resolve_by_alias_by_name
from .defaults import WithDefaultValidator
from .dicts import check_strings_mapping
from .model_fields import build_extra_behavior


class TypedDictField:
    __slots__ = ('name', 'lookup', 'validator', 'required', 'has_default', 'takes_data')

    def __init__(self, name, lookup, validator, required):
        self.name = name
        self.lookup = lookup
        self.validator = validator
        self.has_default = isinstance(validator, WithDefaultValidator) and validator.has_default
        self.takes_data = self.has_default and validator.factory_takes_data
        self.required = required


@register('typed-dict')
class TypedDictValidator(Validator):
    __slots__ = ('fields', 'strict', 'extra_behavior', 'extras_validator', 'extras_keys_validator', 'loc_by_alias', 'by_alias', 'by_name')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        ctx = ctx.with_config(schema.get('config'))
        self.strict = ctx.is_strict(schema)
        # natively the extra behaviour comes from the schema or the typed dict's own config
        self.extra_behavior = build_extra_behavior(schema, BuildContext(schema.get('config'), None))
        if self.extra_behavior != 'allow':
            if schema.get('extras_schema') is not None:
                raise SchemaError('extras_schema can only be used if extra_behavior=allow')
            if schema.get('extras_keys_schema') is not None:
                raise SchemaError('extras_keys_schema can only be used if extra_behavior=allow')
        extras = schema.get('extras_schema')
        self.extras_validator = ctx.build(extras) if extras is not None else None
        extras_keys = schema.get('extras_keys_schema')
        self.extras_keys_validator = ctx.build(extras_keys) if extras_keys is not None else None
        self.loc_by_alias = ctx.get_config('loc_by_alias', True)
        # Natively only the typed dict's own config says how fields are looked up.
        self.by_alias, self.by_name = resolve_by_alias_by_name(BuildContext(schema.get('config'), None))
        total = schema.get('total')
        if total is None:
            total = ctx.get_config('typed_dict_total', True)
        fields = []
        for name, field in schema['fields'].items():
            validator = build_field(ctx, name, field['schema'])
            required = field.get('required')
            is_default = isinstance(validator, WithDefaultValidator)
            if required and is_default and validator.has_default:
                raise SchemaError(f"Field '{name}': a required field cannot have a default value")
            if required is None:
                required = total
            if required and is_default and validator.has_default:
                required = False
            if required and is_default and validator.on_error == 'omit':
                raise SchemaError(f"Field '{name}': 'on_error = omit' cannot be set for required fields")
            fields.append(TypedDictField(name, FieldLookup(name, field.get('validation_alias')), validator, required))
        self.fields = fields
        cls_ = schema.get('cls')
        self.name = getattr(cls_, '__name__', None) or 'typed-dict'
        return self

    def debug_struct(self):
        from .._debug import Raw
        from .model_fields import field_debug

        return 'TypedDict', 'TypedDictValidator', [
            ('fields', [field_debug('TypedDictField', f.name, f.lookup, f.validator, [('required', bool(f.required))]) for f in self.fields]),
            ('extra_behavior', Raw(self.extra_behavior.capitalize())),
            ('extras_validator', self.extras_validator),
            ('strict', self.strict),
            ('loc_by_alias', bool(self.loc_by_alias)),
        ]

    def validate(self, input, state):
        if type(input) is not dict:
            if state.mode is not PYTHON or not isinstance(input, Mapping):
                raise val_error('dict_type', input)
            if isinstance(input, dict):
                state.floor_exactness(STRICT)
            elif (self.strict if state.strict is None else state.strict):
                raise val_error('dict_type', input)
        use_alias = self.by_alias if state.by_alias is None else state.by_alias
        use_name = self.by_name if state.by_name is None else state.by_name
        output = {}
        errors = None
        fields_set_count = 0
        extra_behavior = state.extra_behavior or self.extra_behavior
        used_keys = set() if extra_behavior != 'ignore' else None
        outer_data, outer_field = state.data, state.field_name
        # Partial input: the value of the input's last key is validated with allow_partial on and
        # dropped when it fails (unless required); every other value with allow_partial off.
        partial = state.allow_partial
        last_key = _last_key(input) if partial else _NO_KEY
        state.data = output
        if partial:
            state.allow_partial = False
        try:
            for field in self.fields:
                value, loc, key = field.lookup.find(input, use_alias, use_name, False)
                if used_keys is not None and value is not MISSING:
                    used_keys.add(key)
                if state.mode is STRINGS and value is not MISSING and not isinstance(value, (str, dict)):
                    value = MISSING  # natively a value validate_strings cannot read counts as absent
                state.field_name = field.name
                if value is MISSING:
                    if field.has_default:
                        if field.takes_data and errors:
                            errors.append(LineError('default_factory_not_called', PydanticUndefined, None, None, [field.name]))
                            continue
                        try:
                            default = field.validator.default_value(state)
                        except ValError as exc:
                            errors = errors or []
                            errors.extend(exc.with_loc(field.name).line_errors)
                            continue
                        output[field.name] = default.value
                    elif field.required:
                        errors = errors or []
                        missing_loc = field.lookup.missing_loc(use_alias, use_name) if self.loc_by_alias else (field.name,)
                        errors.append(LineError('missing', input, None, None, list(reversed(missing_loc))))
                    continue
                last = partial and key == last_key
                if last:
                    state.allow_partial = partial
                try:
                    output[field.name] = field.validator.validate(value, state)
                    fields_set_count += 1
                except ValError as exc:
                    if last and not field.required:
                        continue
                    errors = errors or []
                    for item in reversed(loc if self.loc_by_alias else (field.name,)):
                        exc.with_loc(item)
                    errors.extend(exc.line_errors)
                except Omit:
                    pass
                finally:
                    if last:
                        state.allow_partial = False
        finally:
            state.data, state.field_name = outer_data, outer_field
            state.allow_partial = partial
        if used_keys is not None:
            if state.mode is STRINGS:
                check_strings_mapping(input.items())
            for key, value in input.items():
                if key in used_keys:
                    continue
                if extra_behavior == 'forbid':
                    errors = errors or []
                    errors.append(LineError('extra_forbidden', value, None, None, [key]))
                    continue
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
                    last = partial and key == last_key
                    if partial and not last:
                        state.allow_partial = False
                    try:
                        value = self.extras_validator.validate(value, state)
                    except ValError as exc:
                        if last:
                            continue
                        errors = errors or []
                        errors.extend(exc.with_loc(key).line_errors)
                        continue
                    finally:
                        state.allow_partial = partial
                output[key] = value
        if errors:
            raise ValError(errors)
        state.add_fields_set(fields_set_count)
        return output


_NO_KEY = object()


def _last_key(input):
    """The last key of a mapping input (in iteration order), or _NO_KEY."""
    try:
        if isinstance(input, dict):
            return next(reversed(input.keys()), _NO_KEY)
        last = _NO_KEY
        for last in input:
            pass
        return last
    except Exception:  # noqa: BLE001 - a broken mapping fails later with its own error
        return _NO_KEY
