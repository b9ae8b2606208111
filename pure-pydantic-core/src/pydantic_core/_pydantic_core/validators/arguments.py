"""arguments (a function's parameters, from ArgsKwargs, a tuple/list or a dict) and call.

The result of `arguments` is `(args tuple, kwargs dict)`: parameters given by
position stay positional, those given by keyword (or defaulted) go to kwargs
under their name.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._args_kwargs import ArgsKwargs
from .._state import JSON, STRINGS
from ..errors import LineError, SchemaError, ValError, val_error
from ._base import Validator, register, without_partial
from ._fields import MISSING, FieldLookup, resolve_by_alias_by_name
from .defaults import WithDefaultValidator
from .functions import call_user, function_name


class Parameter:
    __slots__ = ('name', 'mode', 'validator', 'lookup', 'has_default', 'position')

    def __init__(self, spec, ctx, position):
        self.name = spec['name']
        self.mode = spec.get('mode', 'positional_or_keyword')
        self.validator = ctx.build(spec['schema'])
        self.lookup = FieldLookup(self.name, spec.get('alias'))
        self.has_default = isinstance(self.validator, WithDefaultValidator) and self.validator.has_default
        if isinstance(self.validator, WithDefaultValidator) and self.validator.on_error == 'omit':
            raise SchemaError(f"Parameter '{self.name}': omit_on_error cannot be used with arguments")
        self.position = position if self.mode != 'keyword_only' else None


def split_input(input, state, error_type='arguments_type'):
    """(positional args, keyword mapping) of an arguments input."""
    if isinstance(input, ArgsKwargs):
        return input.args, input.kwargs or {}
    if state.mode is STRINGS:
        raise val_error(error_type, input)  # natively nothing from validate_strings is arguments
    if state.mode is JSON:
        if isinstance(input, list):
            return input, {}
        if isinstance(input, dict):
            return (), input
        raise val_error(error_type, input)
    if isinstance(input, (tuple, list)):
        return tuple(input), {}
    if isinstance(input, Mapping):
        return (), input
    raise val_error(error_type, input)


@register('arguments')
class ArgumentsValidator(Validator):
    __slots__ = ('parameters', 'positional_count', 'var_args', 'var_kwargs', 'var_kwargs_mode', 'by_alias', 'by_name', 'loc_by_alias', 'extra_behavior')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        parameters = []
        position = 0
        for spec in schema['arguments_schema']:
            parameter = Parameter(spec, ctx, position)
            if parameter.position is not None:
                position += 1
            parameters.append(parameter)
        self.parameters = parameters
        self.positional_count = position
        seen_default = False
        for parameter in parameters:
            if parameter.mode == 'keyword_only':
                continue
            if parameter.has_default:
                seen_default = True
            elif seen_default:
                raise SchemaError(f"Non-default argument '{parameter.name}' follows default argument")
        var_args = schema.get('var_args_schema')
        self.var_args = ctx.build(var_args) if var_args is not None else None
        var_kwargs = schema.get('var_kwargs_schema')
        self.var_kwargs = ctx.build(var_kwargs) if var_kwargs is not None else None
        self.var_kwargs_mode = schema.get('var_kwargs_mode', 'uniform')
        if self.var_kwargs_mode == 'unpacked-typed-dict' and self.var_kwargs is None:
            raise SchemaError("`var_kwargs_schema` must be specified when `var_kwargs_mode` is `'unpacked-typed-dict'`")
        self.extra_behavior = ctx.get_config('extra_fields_behavior')
        self.by_alias, self.by_name = resolve_by_alias_by_name(ctx, schema)
        self.loc_by_alias = ctx.get_config('loc_by_alias', True)
        self.name = 'arguments'
        return self

    def debug_struct(self):
        return 'Arguments', 'ArgumentsValidator', [
            ('parameters', [p.name for p in self.parameters]),
            ('positional_params_count', self.positional_count),
            ('var_args_validator', self.var_args),
            ('var_kwargs_validator', self.var_kwargs),
            ('loc_by_alias', bool(self.loc_by_alias)),
        ]

    def validate(self, input, state):
        if state.allow_partial:
            return without_partial(self.validate, input, state)
        args, kwargs = split_input(input, state)
        use_alias = self.by_alias if state.by_alias is None else state.by_alias
        use_name = self.by_name if state.by_name is None else state.by_name
        out_args = []
        out_kwargs = {}
        errors = []
        used = set()
        outer_field = state.field_name
        try:
            for parameter in self.parameters:
                state.field_name = parameter.name  # ValidationInfo.field_name, as natively
                position = parameter.position
                positional_value = args[position] if position is not None and position < len(args) else MISSING
                keyword_value = MISSING
                keyword_loc = None
                if parameter.mode != 'positional_only':
                    keyword_value, keyword_loc, key = parameter.lookup.find(kwargs, use_alias, use_name, False)
                    if keyword_value is not MISSING:
                        used.add(key)
                if positional_value is not MISSING and keyword_value is not MISSING:
                    errors.append(LineError('multiple_argument_values', keyword_value, None, None, list(reversed(keyword_loc))))
                    continue
                if positional_value is not MISSING:
                    try:
                        out_args.append(parameter.validator.validate(positional_value, state))
                    except ValError as exc:
                        errors.extend(exc.with_loc(position).line_errors)
                elif keyword_value is not MISSING:
                    try:
                        out_kwargs[parameter.name] = parameter.validator.validate(keyword_value, state)
                    except ValError as exc:
                        for item in reversed(keyword_loc if self.loc_by_alias else (parameter.name,)):
                            exc.with_loc(item)
                        errors.extend(exc.line_errors)
                elif parameter.has_default:
                    try:
                        default = parameter.validator.default_value(state).value
                    except ValError as exc:
                        errors.extend(exc.with_loc(parameter.name).line_errors)
                        continue
                    if parameter.mode == 'positional_only':
                        out_args.append(default)
                    else:
                        out_kwargs[parameter.name] = default
                else:
                    if parameter.mode == 'positional_only':
                        errors.append(LineError('missing_positional_only_argument', input, None, None, [position]))
                    elif parameter.mode == 'keyword_only':
                        loc = parameter.lookup.missing_loc(use_alias, use_name)
                        errors.append(LineError('missing_keyword_only_argument', input, None, None, list(reversed(loc))))
                    else:
                        loc = parameter.lookup.missing_loc(use_alias, use_name)
                        errors.append(LineError('missing_argument', input, None, None, list(reversed(loc))))
        finally:
            state.field_name = outer_field
        if len(args) > self.positional_count:
            for index in range(self.positional_count, len(args)):
                if self.var_args is not None:
                    try:
                        out_args.append(self.var_args.validate(args[index], state))
                    except ValError as exc:
                        errors.extend(exc.with_loc(index).line_errors)
                else:
                    errors.append(LineError('unexpected_positional_argument', args[index], None, None, [index]))
        extra_kwargs = {}
        extra_behavior = state.extra_behavior or self.extra_behavior
        for key, value in kwargs.items():
            if key in used:
                continue
            if self.var_kwargs is not None:
                extra_kwargs[key] = value
            elif extra_behavior not in ('allow', 'ignore'):
                errors.append(LineError('unexpected_keyword_argument', value, None, None, [key]))
        if extra_kwargs:
            if self.var_kwargs_mode == 'unpacked-typed-dict':
                try:
                    out_kwargs.update(self.var_kwargs.validate(extra_kwargs, state))
                except ValError as exc:
                    errors.extend(exc.line_errors)
            else:
                for key, value in extra_kwargs.items():
                    try:
                        out_kwargs[key] = self.var_kwargs.validate(value, state)
                    except ValError as exc:
                        errors.extend(exc.with_loc(key).line_errors)
        elif self.var_kwargs is not None and self.var_kwargs_mode == 'unpacked-typed-dict':
            try:
                out_kwargs.update(self.var_kwargs.validate({}, state))
            except ValError as exc:
                errors.extend(exc.line_errors)
        if errors:
            raise ValError(errors)
        return tuple(out_args), out_kwargs


@register('call')
class CallValidator(Validator):
    __slots__ = ('arguments', 'function', 'return_validator')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.arguments = ctx.build(schema['arguments_schema'])
        self.function = schema['function']
        return_schema = schema.get('return_schema')
        self.return_validator = ctx.build(return_schema) if return_schema is not None else None
        name = schema.get('function_name') or function_name(self.function)
        self.name = f'call[{name}]'
        return self

    def debug_struct(self):
        from .._debug import Raw, Some

        return 'Call', 'CallValidator', [
            ('function', Raw('Py(0x0)')),
            ('arguments_validator', self.arguments),
            ('return_validator', Some(self.return_validator) if self.return_validator is not None else None),
            ('name', self.name),
        ]

    def validate(self, input, state):
        arguments = self.arguments.validate(input, state)
        if isinstance(arguments, ArgsKwargs):
            args, kwargs = arguments.args, arguments.kwargs or {}
        elif type(arguments) is tuple and len(arguments) == 2 and isinstance(arguments[0], tuple) and isinstance(arguments[1], dict):
            args, kwargs = arguments
        elif type(arguments) is tuple and len(arguments) == 2 and isinstance(arguments[1], dict):
            args, kwargs = tuple(arguments[0]), arguments[1]
        elif isinstance(arguments, dict):
            args, kwargs = (), arguments
        else:
            raise TypeError('Arguments validator should return a tuple')
        result = call_user(self.function, (*args,), input) if not kwargs else call_user(lambda: self.function(*args, **kwargs), (), input)
        if self.return_validator is not None:
            try:
                return self.return_validator.validate(result, state)
            except ValError as exc:
                raise exc.with_loc('return') from None
        return result
