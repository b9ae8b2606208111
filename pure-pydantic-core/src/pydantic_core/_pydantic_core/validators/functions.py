"""function-before, -after, -plain and -wrap: user callables in the validation chain.

Exceptions a user function raises become error lines here (`call_user`):
ValueError -> value_error, AssertionError -> assertion_error, the Pydantic
custom/known errors keep their type, a ValidationError keeps its lines,
PydanticOmit drops the item; anything else propagates unchanged.
"""

from __future__ import annotations

from .._state import PYTHON
from ..errors import (
    LineError,
    PydanticCustomError,
    PydanticKnownError,
    PydanticOmit,
    ValError,
    ValidationError,
)
from ._base import Omit, Validator, python_input, register


class ValidationInfo:
    """The `info` argument of with-info validator functions."""

    __slots__ = ('config', 'context', 'data', 'field_name', 'mode')

    def __init__(self, config, context, data, field_name, mode):
        self.config = config
        self.context = context
        self.data = data
        self.field_name = field_name
        self.mode = mode

    def __repr__(self) -> str:
        return (
            f'ValidationInfo(config={self.config!r}, context={self.context!r}, '
            f'data={self.data!r}, field_name={self.field_name!r})'
        )

    __str__ = __repr__


ValidationInfo.__module__ = 'pydantic_core._pydantic_core'


def error_lines_from_exception(exc: BaseException, input) -> list[LineError] | None:
    """The error lines a user exception means, or None when it must propagate."""
    if isinstance(exc, PydanticCustomError):
        return [LineError(exc.type, input, exc.context, exc.message_template)]
    if isinstance(exc, PydanticKnownError):
        return [LineError(exc.type, input, exc.context)]
    if isinstance(exc, ValidationError):
        lines = []
        for line in exc._lines:
            lines.append(LineError(line.type, line.input, line.context, line.template, list(line.loc)))
        return lines
    if isinstance(exc, ValueError):
        str(exc)  # natively the message is made now: an exception whose str() fails propagates that
        return [LineError('value_error', input, {'error': exc})]
    if isinstance(exc, AssertionError):
        str(exc)
        return [LineError('assertion_error', input, {'error': exc})]
    return None


def call_user(function, args, input):
    """Call a user function; turn the exceptions that mean "invalid" into ValError."""
    try:
        return function(*args)
    except (ValueError, AssertionError) as exc:
        lines = error_lines_from_exception(exc, input)
        raise ValError(lines) from None
    except PydanticOmit:
        raise Omit() from None


def function_name(function) -> str:
    name = getattr(function, '__name__', None)
    if name is None:
        func = getattr(function, 'func', None)  # functools.partial
        name = getattr(func, '__name__', None) if func is not None else None
    return name if name is not None else repr(function)


class _FunctionValidator(Validator):
    __slots__ = ('function', 'with_info', 'field_name', 'config')

    def _setup(self, schema, ctx):
        spec = schema['function']
        self.function = spec['function']
        self.with_info = spec.get('type') == 'with-info'
        self.field_name = spec.get('field_name')
        self.config = ctx.config

    def info(self, state) -> ValidationInfo:
        # The field being validated wins over the schema's (deprecated) field_name: a schema
        # reused for several fields reports each one (as natively).
        field_name = state.field_name if state.field_name is not None else self.field_name
        return ValidationInfo(self.config, state.context, state.data, field_name, state.call_mode)


def _assignment_info(self, state, field_name):
    return ValidationInfo(self.config, state.context, None, field_name, state.call_mode)


def _with_new_value(obj, field_name, field_value):
    data = dict(obj) if isinstance(obj, dict) else obj
    if isinstance(data, dict):
        data[field_name] = field_value
    return data


@register('function-before')
class FunctionBeforeValidator(_FunctionValidator):
    __slots__ = ('inner',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self._setup(schema, ctx)
        self.inner = ctx.build(schema['schema'])
        self.name = f'function-before[{function_name(self.function)}(), {self.inner.name}]'
        return self

    def validate(self, input, state):
        if self.with_info:
            value = call_user(self.function, (input, self.info(state)), input)
        else:
            value = call_user(self.function, (input,), input)
        return python_input(self.inner.validate, value, state)

    def validate_assignment(self, obj, field_name, field_value, state):
        data = _with_new_value(obj, field_name, field_value)
        args = (data, _assignment_info(self, state, field_name)) if self.with_info else (data,)
        data = call_user(self.function, args, data)
        value = data.get(field_name, field_value) if isinstance(data, dict) else field_value
        return self.inner.validate_assignment(data, field_name, value, state)


@register('function-after')
class FunctionAfterValidator(_FunctionValidator):
    __slots__ = ('inner',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self._setup(schema, ctx)
        self.inner = ctx.build(schema['schema'])
        self.name = f'function-after[{function_name(self.function)}(), {self.inner.name}]'
        return self

    def validate(self, input, state):
        value = self.inner.validate(input, state)
        if self.with_info:
            return call_user(self.function, (value, self.info(state)), input)
        return call_user(self.function, (value,), input)

    def validate_assignment(self, obj, field_name, field_value, state):
        result = self.inner.validate_assignment(obj, field_name, field_value, state)
        args = (result, _assignment_info(self, state, field_name)) if self.with_info else (result,)
        return call_user(self.function, args, field_value)


@register('function-plain')
class FunctionPlainValidator(_FunctionValidator):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self._setup(schema, ctx)
        self.name = f'function-plain[{function_name(self.function)}()]'
        return self

    def validate(self, input, state):
        if self.with_info:
            return call_user(self.function, (input, self.info(state)), input)
        return call_user(self.function, (input,), input)


class ValidatorCallable:
    """The `handler` given to wrap validators: validates with the inner schema, raising ValidationError."""

    __slots__ = ('validator', 'state')

    def __init__(self, validator, state):
        self.validator = validator
        self.state = state

    def __call__(self, input_value, outer_location=None):
        try:
            return python_input(self.validator.validate, input_value, self.state)
        except ValError as exc:
            if outer_location is not None:
                exc.with_loc(outer_location if isinstance(outer_location, (str, int)) else str(outer_location))
            raise ValidationError('ValidatorCallable', exc.line_errors, 'json' if self.state.call_mode == 'json' else PYTHON) from None

    def validate(self, input_value, outer_location=None):
        return self(input_value, outer_location)

    def __repr__(self) -> str:
        return f'ValidatorCallable({self.validator!r})'


ValidatorCallable.__module__ = 'pydantic_core._pydantic_core'


@register('function-wrap')
class FunctionWrapValidator(_FunctionValidator):
    __slots__ = ('inner',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self._setup(schema, ctx)
        self.inner = ctx.build(schema['schema'])
        self.name = f'function-wrap[{function_name(self.function)}()]'
        return self

    def validate(self, input, state):
        handler = ValidatorCallable(self.inner, state)
        if self.with_info:
            return call_user(self.function, (input, handler, self.info(state)), input)
        return call_user(self.function, (input, handler), input)

    def validate_assignment(self, obj, field_name, field_value, state):
        inner = self.inner

        def handler(data, outer_location=None):
            value = data.get(field_name, field_value) if isinstance(data, dict) else field_value
            try:
                return inner.validate_assignment(data, field_name, value, state)
            except ValError as exc:
                raise ValidationError('ValidatorCallable', exc.line_errors) from None

        data = _with_new_value(obj, field_name, field_value)
        args = (data, handler, _assignment_info(self, state, field_name)) if self.with_info else (data, handler)
        return call_user(self.function, args, data)
