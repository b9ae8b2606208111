"""arguments-v3: a function's parameters from ArgsKwargs (a call) or from a mapping of parameter names.

From ArgsKwargs the rules are those of a Python call. From a mapping, every
parameter is looked up by its name (or alias): positional ones go to the args
tuple, the var-args parameter's value must be a sequence, the var-kwargs
parameter's a mapping. The result is `(args tuple, kwargs dict)`.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._args_kwargs import ArgsKwargs
from .._state import JSON
from ..errors import LineError, SchemaError, ValError, val_error
from ._base import Validator, register, without_partial
from ._fields import MISSING, FieldLookup, resolve_by_alias_by_name
from .defaults import WithDefaultValidator

_POSITIONAL = ('positional_only', 'positional_or_keyword')
_ORDER = {
    'positional_only': 0,
    'positional_or_keyword': 1,
    'var_args': 2,
    'keyword_only': 3,
    'var_kwargs_uniform': 4,
    'var_kwargs_unpacked_typed_dict': 4,
}


class ParameterV3:
    __slots__ = ('name', 'mode', 'validator', 'lookup', 'has_default', 'position')

    def __init__(self, spec, ctx):
        self.name = spec['name']
        self.mode = spec.get('mode', 'positional_or_keyword')
        self.validator = ctx.build(spec['schema'])
        self.lookup = FieldLookup(self.name, spec.get('alias'))
        self.has_default = isinstance(self.validator, WithDefaultValidator) and self.validator.has_default
        self.position = None


def _check_order(parameters) -> None:
    seen = set()
    last = -1
    seen_default = False
    for parameter in parameters:
        if parameter.name in seen:
            raise SchemaError(f"Duplicate parameter '{parameter.name}'")
        seen.add(parameter.name)
        rank = _ORDER[parameter.mode]
        if rank < last or (rank == last and rank in (2, 4)):
            message = {
                0: f"Positional only parameter '{parameter.name}' cannot follow other parameter kinds",
                1: f"Positional or keyword parameter '{parameter.name}' cannot follow variadic or keyword only parameters",
                2: f"Variadic positional parameter '{parameter.name}' cannot follow variadic or keyword only parameters",
                3: f"Keyword only parameter '{parameter.name}' cannot follow variadic keyword only parameter",
                4: f"Variadic keyword parameter '{parameter.name}' cannot follow variadic keyword only parameter",
            }[rank]
            raise SchemaError(message)
        last = rank
        if parameter.mode in _POSITIONAL:
            if parameter.has_default:
                seen_default = True
            elif seen_default:
                raise SchemaError(f"Required parameter '{parameter.name}' follows parameter with default")


@register('arguments-v3')
class ArgumentsV3Validator(Validator):
    __slots__ = ('parameters', 'positional', 'var_args', 'var_kwargs', 'extra_behavior', 'by_alias', 'by_name', 'loc_by_alias')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.parameters = [ParameterV3(spec, ctx) for spec in schema['arguments_schema']]
        _check_order(self.parameters)
        self.positional = [p for p in self.parameters if p.mode in _POSITIONAL]
        for position, parameter in enumerate(self.positional):
            parameter.position = position
        self.var_args = next((p for p in self.parameters if p.mode == 'var_args'), None)
        self.var_kwargs = next((p for p in self.parameters if p.mode.startswith('var_kwargs')), None)
        self.extra_behavior = schema.get('extra_behavior')
        self.by_alias, self.by_name = resolve_by_alias_by_name(ctx, schema)
        self.loc_by_alias = ctx.get_config('loc_by_alias', True)
        self.name = 'arguments-v3'
        return self

    def debug_struct(self):
        return 'ArgumentsV3', 'ArgumentsV3Validator', [
            ('parameters', [p.name for p in self.parameters]),
            ('positional_params_count', len(self.positional)),
            ('loc_by_alias', bool(self.loc_by_alias)),
        ]

    def validate(self, input, state):
        if state.allow_partial:
            return without_partial(self.validate, input, state)
        use_alias = self.by_alias if state.by_alias is None else state.by_alias
        use_name = self.by_name if state.by_name is None else state.by_name
        if isinstance(input, ArgsKwargs) and state.mode is not JSON:
            return self._from_call(input, state, use_alias, use_name)
        if isinstance(input, Mapping) and (state.mode is not JSON or isinstance(input, dict)):
            return self._from_mapping(input, state, use_alias, use_name)
        raise val_error('arguments_type', input)

    # -- ArgsKwargs: a call -------------------------------------------------------------

    def _from_call(self, input, state, use_alias, use_name):
        args = input.args
        kwargs = input.kwargs or {}
        out_args, out_kwargs, errors, used = [], {}, [], set()
        for parameter in self.parameters:
            mode = parameter.mode
            if mode == 'var_args' or mode.startswith('var_kwargs'):
                continue
            position = parameter.position
            positional = args[position] if position is not None and position < len(args) else MISSING
            keyword, keyword_loc = MISSING, None
            if mode != 'positional_only':
                keyword, keyword_loc, key = parameter.lookup.find(kwargs, use_alias, use_name, False)
                if keyword is not MISSING:
                    used.add(key)
            if positional is not MISSING and keyword is not MISSING:
                errors.append(LineError('multiple_argument_values', keyword, None, None, list(reversed(keyword_loc))))
                continue
            if positional is not MISSING:
                self._run(parameter, positional, state, out_args.append, errors, (position,))
            elif keyword is not MISSING:
                loc = keyword_loc if self.loc_by_alias else (parameter.name,)
                self._run(parameter, keyword, state, lambda v, n=parameter.name: out_kwargs.__setitem__(n, v), errors, loc)
            elif parameter.has_default:
                default = self._default(parameter, state, errors)
                if default is not MISSING:
                    if mode == 'positional_only':
                        out_args.append(default)
                    else:
                        out_kwargs[parameter.name] = default
            else:
                errors.append(self._missing(parameter, input, use_alias, use_name, call=True))
        if len(args) > len(self.positional):
            for index in range(len(self.positional), len(args)):
                if self.var_args is not None:
                    self._run(self.var_args, args[index], state, out_args.append, errors, (index,))
                else:
                    errors.append(LineError('unexpected_positional_argument', args[index], None, None, [index]))
        extra = {k: v for k, v in kwargs.items() if k not in used}
        var_kwargs = self.var_kwargs
        if var_kwargs is not None and var_kwargs.mode == 'var_kwargs_unpacked_typed_dict':
            try:
                out_kwargs.update(var_kwargs.validator.validate(extra, state))
            except ValError as exc:
                errors.extend(exc.line_errors)
        else:
            extra_behavior = state.extra_behavior or self.extra_behavior
            for key, value in extra.items():
                if var_kwargs is not None:
                    self._run(var_kwargs, value, state, lambda v, k=key: out_kwargs.__setitem__(k, v), errors, (key,))
                elif extra_behavior != 'ignore':
                    errors.append(LineError('unexpected_keyword_argument', value, None, None, [key]))
        if errors:
            raise ValError(errors)
        return tuple(out_args), out_kwargs

    # -- a mapping of parameter names --------------------------------------------------

    def _from_mapping(self, input, state, use_alias, use_name):
        out_args, out_kwargs, errors, used = [], {}, [], set()
        for parameter in self.parameters:
            value, loc, key = parameter.lookup.find(input, use_alias, use_name, False)
            if value is not MISSING:
                used.add(key)
            loc = (loc if self.loc_by_alias else (parameter.name,)) if value is not MISSING else None
            mode = parameter.mode
            if mode == 'var_args':
                if value is MISSING:
                    continue
                if not isinstance(value, (list, tuple)):
                    errors.append(LineError('tuple_type', value, None, None, list(reversed(loc))))
                    continue
                for index, item in enumerate(value):
                    self._run(parameter, item, state, out_args.append, errors, (*loc, index))
                continue
            if mode == 'var_kwargs_uniform':
                if value is MISSING:
                    continue
                if not isinstance(value, dict):
                    errors.append(LineError('dict_type', value, None, None, list(reversed(loc))))
                    continue
                for k, item in value.items():
                    self._run(parameter, item, state, lambda v, k=k: out_kwargs.__setitem__(k, v), errors, (*loc, k))
                continue
            if mode == 'var_kwargs_unpacked_typed_dict':
                if value is MISSING:
                    value, loc = {}, (parameter.name,)
                if not isinstance(value, dict):
                    errors.append(LineError('dict_type', value, None, None, list(reversed(loc))))
                    continue
                try:
                    out_kwargs.update(parameter.validator.validate(value, state))
                except ValError as exc:
                    for item in reversed(loc):
                        exc.with_loc(item)
                    errors.extend(exc.line_errors)
                continue
            target = out_args.append if mode in _POSITIONAL else (lambda v, n=parameter.name: out_kwargs.__setitem__(n, v))
            if value is not MISSING:
                self._run(parameter, value, state, target, errors, loc)
            elif parameter.has_default:
                default = self._default(parameter, state, errors)
                if default is not MISSING:
                    target(default)
            else:
                errors.append(self._missing(parameter, input, use_alias, use_name, call=False))
        extra_behavior = state.extra_behavior or self.extra_behavior
        if extra_behavior == 'forbid':
            for key, value in input.items():
                if key not in used:
                    errors.append(LineError('extra_forbidden', value, None, None, [key]))
        if errors:
            raise ValError(errors)
        return tuple(out_args), out_kwargs

    # -- shared ---------------------------------------------------------------------------

    @staticmethod
    def _run(parameter, value, state, store, errors, loc):
        outer_field = state.field_name
        state.field_name = parameter.name  # ValidationInfo.field_name, as natively
        try:
            store(parameter.validator.validate(value, state))
        except ValError as exc:
            for item in reversed(loc):
                exc.with_loc(item)
            errors.extend(exc.line_errors)
        finally:
            state.field_name = outer_field

    @staticmethod
    def _default(parameter, state, errors):
        try:
            return parameter.validator.default_value(state).value
        except ValError as exc:
            errors.extend(exc.with_loc(parameter.name).line_errors)
            return MISSING

    @staticmethod
    def _missing(parameter, input, use_alias, use_name, call: bool) -> LineError:
        mode = parameter.mode
        loc = parameter.lookup.missing_loc(use_alias, use_name)
        if mode == 'positional_only':
            error_type = 'missing_positional_only_argument'
            if call:
                loc = (parameter.position,)
        elif mode == 'keyword_only':
            error_type = 'missing_keyword_only_argument'
        else:
            error_type = 'missing_argument'
        return LineError(error_type, input, None, None, list(reversed(loc)))
