"""dataclass-args (the fields, from a dict or ArgsKwargs) and dataclass (builds the instance)."""

from __future__ import annotations

from collections.abc import Mapping

from .._args_kwargs import ArgsKwargs
from .._undefined import PydanticUndefined
from .._state import JSON, PYTHON, STRICT, STRINGS
from ..errors import LineError, ValError, val_error
from ._base import Omit, Validator, register, without_partial
from ._fields import MISSING, FieldLookup, resolve_by_alias_by_name
from .defaults import WithDefaultValidator
from .dicts import check_strings_mapping
from .model_fields import build_extra_behavior
from .functions import call_user

_setattr = object.__setattr__


class DataclassField:
    __slots__ = ('name', 'lookup', 'validator', 'kw_only', 'init', 'init_only', 'frozen', 'has_default', 'position')

    def __init__(self, spec, ctx):
        self.name = spec['name']
        self.lookup = FieldLookup(self.name, spec.get('validation_alias'))
        self.validator = ctx.build(spec['schema'])
        self.kw_only = spec.get('kw_only', True)
        self.init = spec.get('init', True)
        self.init_only = spec.get('init_only', False)
        self.frozen = spec.get('frozen', False)
        self.has_default = isinstance(self.validator, WithDefaultValidator) and self.validator.has_default
        self.position = None  # index among the positional parameters, set by the args validator


@register('dataclass-args')
class DataclassArgsValidator(Validator):
    __slots__ = ('fields', 'positional', 'dataclass_name', 'collect_init_only', 'extra_behavior', 'loc_by_alias', 'by_alias', 'by_name')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.fields = [DataclassField(spec, ctx) for spec in schema['fields']]
        self.positional = [f for f in self.fields if not f.kw_only and f.init]
        for position, field in enumerate(self.positional):
            field.position = position
        self.dataclass_name = schema['dataclass_name']
        self.collect_init_only = schema.get('collect_init_only', False)
        self.extra_behavior = build_extra_behavior(schema, ctx)
        self.loc_by_alias = ctx.get_config('loc_by_alias', True)
        self.by_alias, self.by_name = resolve_by_alias_by_name(ctx)
        self.name = f'dataclass-args[{self.dataclass_name}]'
        return self

    def validate(self, input, state):
        if state.allow_partial:
            return without_partial(self.validate, input, state)
        if isinstance(input, ArgsKwargs):
            args, kwargs = input.args, input.kwargs or {}
        elif isinstance(input, dict) or (state.mode is not JSON and isinstance(input, Mapping)):
            args, kwargs = (), input
            if state.mode is STRINGS:
                check_strings_mapping(input.items())
        elif state.mode is STRINGS:
            raise val_error('arguments_type', input)
        else:
            raise val_error('dataclass_type', input, {'class_name': self.dataclass_name})
        use_alias = self.by_alias if state.by_alias is None else state.by_alias
        use_name = self.by_name if state.by_name is None else state.by_name
        output = {}
        init_only = [] if self.collect_init_only else None
        errors = []
        used_keys = set()
        fields_set_count = 0  # fields given by the input, for smart unions
        outer_data, outer_field = state.data, state.field_name
        state.data = output
        try:
            for field in self.fields:
                state.field_name = field.name
                positional_index = field.position
                value = MISSING
                loc = (field.name,)
                if positional_index is not None and positional_index < len(args):
                    value = args[positional_index]
                    loc = (positional_index,)
                if field.init:
                    kw_value, kw_loc, used = field.lookup.find(kwargs, use_alias, use_name, False)
                    if kw_value is not MISSING:
                        used_keys.add(used)
                        if value is not MISSING:
                            errors.append(LineError('multiple_argument_values', kw_value, None, None, list(reversed(kw_loc))))
                            continue
                        value, loc = kw_value, kw_loc
                if value is MISSING:
                    if field.has_default:
                        if errors and field.validator.factory_takes_data:
                            errors.append(LineError('default_factory_not_called', PydanticUndefined, None, None, [field.name]))
                            continue
                        try:
                            result = field.validator.default_value(state).value
                        except ValError as exc:
                            errors.extend(exc.with_loc(field.name).line_errors)
                            continue
                    elif not field.init:
                        continue
                    else:
                        missing_loc = field.lookup.missing_loc(use_alias, use_name) if self.loc_by_alias else (field.name,)
                        errors.append(LineError('missing', input if not isinstance(input, ArgsKwargs) else input, None, None, list(reversed(missing_loc))))
                        continue
                else:
                    try:
                        result = field.validator.validate(value, state)
                    except ValError as exc:
                        for item in reversed(loc if self.loc_by_alias or isinstance(loc[0], int) else (field.name,)):
                            exc.with_loc(item)
                        errors.extend(exc.line_errors)
                        continue
                    except Omit:
                        continue
                    fields_set_count += 1
                if field.init_only:
                    if init_only is not None:
                        init_only.append(result)
                else:
                    output[field.name] = result
        finally:
            state.data, state.field_name = outer_data, outer_field
        if len(args) > len(self.positional):
            for index in range(len(self.positional), len(args)):
                errors.append(LineError('unexpected_positional_argument', args[index], None, None, [index]))
        extra_behavior = state.extra_behavior or self.extra_behavior
        for key, value in kwargs.items():
            if key in used_keys:
                continue
            if extra_behavior == 'forbid':
                errors.append(LineError('unexpected_keyword_argument', value, None, None, [key]))
            elif extra_behavior == 'allow' and isinstance(key, str):
                output[key] = value
        if errors:
            raise ValError(errors)
        state.add_fields_set(fields_set_count)
        return output, (tuple(init_only) if init_only is not None else None)

    def validate_assignment(self, data, field_name, field_value, state):
        """Validate one field's new value; returns (the data with it, None) like validation does."""
        field = self.field_by_name(field_name)
        if field is None:
            extra = state.extra_behavior or self.extra_behavior
            if extra != 'allow':
                raise ValError([LineError('no_such_attribute', field_value, {'attribute': field_name}, None, [field_name])])
            new_data = dict(data)
            new_data[field_name] = field_value
            return new_data, None
        if field.frozen:
            raise ValError([LineError('frozen_field', field_value, None, None, [field_name])])
        outer_data, outer_field = state.data, state.field_name
        state.data = {k: v for k, v in data.items() if k != field_name}
        state.field_name = field_name
        try:
            value = field.validator.validate(field_value, state)
        except ValError as exc:
            raise exc.with_loc(field_name) from None
        finally:
            state.data, state.field_name = outer_data, outer_field
        new_data = dict(data)
        new_data[field_name] = value
        return new_data, None

    def field_by_name(self, name):
        for field in self.fields:
            if field.name == name:
                return field
        return None


@register('dataclass')
class DataclassValidator(Validator):
    __slots__ = ('cls', 'inner', 'field_names', 'post_init', 'revalidate', 'strict', 'frozen', 'slots', 'class_name', 'generic_origin')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.cls = schema['cls']
        inner_ctx = ctx.with_config(schema.get('config'))
        self.inner = inner_ctx.build(schema['schema'])
        self.field_names = schema['fields']
        self.post_init = schema.get('post_init', False)
        value = schema.get('revalidate_instances')
        self.revalidate = inner_ctx.get_config('revalidate_instances', 'never') if value is None else value
        self.strict = inner_ctx.is_strict(schema)
        self.frozen = schema.get('frozen', False)
        self.slots = schema.get('slots', False)
        self.generic_origin = schema.get('generic_origin')
        self.name = schema.get('cls_name') or self.cls.__name__
        # Errors name the class as the args schema does.
        args_schema = schema['schema']
        self.class_name = args_schema.get('dataclass_name') if args_schema.get('type') == 'dataclass-args' else None
        self.class_name = self.class_name or self.cls.__name__
        return self

    def validate(self, input, state):
        self_instance = state.self_instance
        if self_instance is not None:
            state.self_instance = None
            self._fill(self_instance, input, state)
            return self_instance
        cls = self.cls
        origin = self.generic_origin
        if isinstance(input, cls) or (origin is not None and isinstance(input, origin)):
            revalidate = self.revalidate
            if isinstance(input, cls) and (revalidate == 'never' or (revalidate == 'subclass-instances' and type(input) is cls)):
                return input
            data = {name: getattr(input, name) for name in self.field_names if hasattr(input, name)}
            instance = cls.__new__(cls)
            self._fill(instance, data, state)
            return instance
        strict = self.strict if state.strict is None else state.strict
        if strict and state.call_mode is PYTHON:
            raise val_error('dataclass_exact_type', input, {'class_name': self.class_name})
        if not isinstance(input, (dict, ArgsKwargs)) and (state.mode is not PYTHON or not isinstance(input, Mapping)):
            raise val_error('dataclass_type', input, {'class_name': self.class_name})
        instance = cls.__new__(cls)
        self._fill(instance, input, state)
        state.floor_exactness(STRICT)
        return instance

    def _fill(self, instance, input, state):
        result = self.inner.validate(input, state)
        if isinstance(result, tuple) and len(result) == 2 and isinstance(result[0], dict):
            fields, init_only = result
        else:
            fields, init_only = result, None
        if self.slots or not hasattr(instance, '__dict__'):
            for name, value in fields.items():
                _setattr(instance, name, value)
        else:
            # the instance's __dict__ is replaced (what __new__ may have set is dropped, as natively)
            _setattr(instance, '__dict__', dict(fields))
        if self.post_init:
            args = init_only if init_only is not None else ()
            call_user(instance.__post_init__, args, input)

    def validate_assignment(self, obj, field_name, field_value, state):
        if self.frozen:
            raise ValError([LineError('frozen_instance', field_value)])
        data = {}
        for name in self.field_names:
            try:
                data[name] = getattr(obj, name)
            except AttributeError:
                if not isinstance(obj, self.cls):
                    raise  # natively the attribute error of a wrong object propagates
        result = self.inner.validate_assignment(data, field_name, field_value, state)
        fields = result[0] if isinstance(result, tuple) else result
        if field_name in fields:
            _setattr(obj, field_name, fields[field_name])
        return obj
