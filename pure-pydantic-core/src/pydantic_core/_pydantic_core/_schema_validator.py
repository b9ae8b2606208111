"""SchemaValidator: a core schema built once into a validator tree, then called many times."""

from __future__ import annotations

from ._json import partial_mode
from ._some import Some
from ._state import JSON, PYTHON, STRINGS, ValidationState
from .errors import PydanticUseDefault, SchemaError, ValError, ValidationError, val_error
from .validators import build_validator
from .validators._base import Omit

__all__ = ['SchemaValidator']

def _partial_mode(allow_partial):
    """False, 'on' or 'trailing-strings' (the option's errors are the JSON parser's)."""
    partial, trailing = partial_mode(allow_partial)
    return ('trailing-strings' if trailing else 'on') if partial else False


class SchemaValidator:
    __slots__ = ('_schema', '_config', '_validator', '_title', '_hide_input', '_cause', '_definitions', '__weakref__')

    def __init__(self, schema, config=None, _use_prebuilt: bool = True):
        self._schema = schema
        self._config = config
        self._validator = build_validator(schema, config, _use_prebuilt)
        self._definitions = getattr(build_validator, 'last_recursive', ())
        title = config.get('title') if config else None
        self._title = title if title is not None else self._validator.name
        self._hide_input = bool(config.get('hide_input_in_errors', False)) if config else False
        self._cause = bool(config.get('validation_error_cause', False)) if config else False

    @property
    def title(self) -> str:
        return self._title

    def __repr__(self) -> str:
        from ._debug import render, render_compact

        definitions = ', '.join(render_compact(v) for v in self._recursive_definitions())
        cache = self._config.get('cache_strings', True) if self._config else True
        cache_repr = repr(cache) if isinstance(cache, str) else str(cache)
        title = '"' + self._title.replace('"', '\\"') + '"'
        return f'SchemaValidator(title={title}, validator={render(self._validator)}, definitions=[{definitions}], cache_strings={cache_repr})'

    def _recursive_definitions(self):
        return self._definitions

    def __reduce__(self):
        return type(self), (self._schema, self._config, False)  # rebuilt without prebuilt validators

    def _run(self, input, state, input_type: str):
        try:
            return self._validator.validate(input, state)
        except ValError as exc:
            error = ValidationError(self._title, exc.line_errors, input_type, self._hide_input)
            if self._cause:
                error.__cause__ = _user_exceptions(exc.line_errors)
            raise error from error.__cause__
        except Omit:
            raise SchemaError('Uncaught Omit error, please check your usage of `default` validators.') from None
        except PydanticUseDefault:
            raise SchemaError(
                'Uncaught `PydanticUseDefault` exception: the error was raised in a field validator '
                'and no default value is available for that field.'
            ) from None

    def validate_python(
        self,
        input,
        *,
        strict=None,
        extra=None,
        from_attributes=None,
        context=None,
        self_instance=None,
        allow_partial=False,
        by_alias=None,
        by_name=None,
    ):
        state = ValidationState(
            PYTHON, strict, context, from_attributes, by_alias, by_name, extra, self_instance, _partial_mode(allow_partial)
        )
        return self._run(input, state, PYTHON)

    def isinstance_python(
        self,
        input,
        *,
        strict=None,
        extra=None,
        from_attributes=None,
        context=None,
        self_instance=None,
        by_alias=None,
        by_name=None,
    ) -> bool:
        state = ValidationState(PYTHON, strict, context, from_attributes, by_alias, by_name, extra, self_instance)
        try:
            self._validator.validate(input, state)
        except (ValError, Omit):
            return False
        return True

    def validate_json(
        self,
        input,
        *,
        strict=None,
        extra=None,
        context=None,
        self_instance=None,
        allow_partial=False,
        by_alias=None,
        by_name=None,
    ):
        from ._json_input import parse_json_input

        partial = _partial_mode(allow_partial)
        try:
            data = parse_json_input(input, partial, self._config)
        except ValError as exc:
            raise ValidationError(self._title, exc.line_errors, JSON, self._hide_input) from None
        state = ValidationState(JSON, strict, context, None, by_alias, by_name, extra, self_instance, partial)
        return self._run(data, state, JSON)

    def validate_strings(
        self,
        input,
        *,
        strict=None,
        extra=None,
        context=None,
        allow_partial=False,
        by_alias=None,
        by_name=None,
    ):
        # Strings are parsed as in lax mode whatever `strict` says (the native behaviour), but
        # for dates and times (state.strings_strict). Errors use the JSON messages.
        state = ValidationState(STRINGS, False, context, None, by_alias, by_name, extra, None, _partial_mode(allow_partial))
        state.strings_strict = strict
        try:
            _check_strings(input)
        except ValError as exc:
            raise ValidationError(self._title, exc.line_errors, JSON, self._hide_input) from None
        return self._run(input, state, JSON)

    def validate_assignment(
        self,
        obj,
        field_name,
        field_value,
        *,
        strict=None,
        extra=None,
        from_attributes=None,
        context=None,
        by_alias=None,
        by_name=None,
    ):
        state = ValidationState(PYTHON, strict, context, from_attributes, by_alias, by_name, extra)
        try:
            return self._validator.validate_assignment(obj, field_name, field_value, state)
        except ValError as exc:
            raise ValidationError(self._title, exc.line_errors, PYTHON, self._hide_input) from None

    def get_default_value(self, *, strict=None, context=None):
        state = ValidationState(PYTHON, strict, context)
        try:
            result = self._validator.default_value(state)
        except ValError as exc:
            raise ValidationError(self._title, exc.line_errors, PYTHON, self._hide_input) from None
        return result if isinstance(result, Some) or result is None else Some(result)


def _check_strings(input):
    """validate_strings takes a str or a dict (whose values are checked where they are read,
    see `strings_value_error`); anything else is a string_type error (as natively)."""
    if not isinstance(input, (str, dict)):
        raise val_error('string_type', input)


def _user_exceptions(line_errors):
    """config `validation_error_cause`: the exceptions user code raised (ValueError,
    AssertionError), each noted with its location, grouped; None when there are none."""
    exceptions = []
    for line in line_errors:
        if line.type in ('value_error', 'assertion_error') and line.context:
            exc = line.context.get('error')
            if isinstance(exc, BaseException):
                exc.add_note('\nPydantic: cause of loc: ' + '.'.join(str(item) for item in line.loc_tuple()))
                exceptions.append(exc)
    if not exceptions:
        return None
    return BaseExceptionGroup('Pydantic User Code Exceptions', exceptions)
