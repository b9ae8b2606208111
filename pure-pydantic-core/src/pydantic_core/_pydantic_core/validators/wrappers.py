"""Schemas that wrap others: nullable, chain, lax-or-strict, json-or-python, custom-error."""

from __future__ import annotations

from .._state import LAX, PYTHON
from ..errors import SchemaError, LineError, ValError
from ._base import Validator, python_input, register


@register('nullable')
class NullableValidator(Validator):
    __slots__ = ('inner',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.inner = ctx.build(schema['schema'])
        self.name = f'nullable[{self.inner.name}]'
        return self

    def validate(self, input, state):
        if input is None:
            return None
        return self.inner.validate(input, state)

    def debug_struct(self):
        return 'Nullable', 'NullableValidator', [('validator', self.inner), ('name', self.name)]


@register('chain')
class ChainValidator(Validator):
    """Each step validates the previous step's output."""

    __slots__ = ('steps',)

    @classmethod
    def build(cls, schema, ctx):
        steps = []
        for step_schema in schema['steps']:
            step = ctx.build(step_schema)
            # nested chains are flattened, as natively (titles list every step)
            steps.extend(step.steps if type(step) is ChainValidator else (step,))
        if not steps:
            raise SchemaError('One or more steps are required for a chain validator')
        if len(steps) == 1:
            return steps[0]
        self = cls()
        self.steps = steps
        self.name = f'chain[{",".join(s.name for s in steps)}]'
        return self

    def validate(self, input, state):
        steps = self.steps
        value = steps[0].validate(input, state)
        for step in steps[1:]:
            value = python_input(step.validate, value, state)  # a step's output is a Python object
        return value


@register('lax-or-strict')
class LaxOrStrictValidator(Validator):
    __slots__ = ('lax', 'strict_validator', 'strict')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.lax = ctx.build(schema['lax_schema'])
        self.strict_validator = ctx.build(schema['strict_schema'])
        self.strict = ctx.is_strict(schema)
        self.name = f'lax-or-strict[lax={self.lax.name},strict={self.strict_validator.name}]'
        return self

    def validate(self, input, state):
        strict = self.strict if state.strict is None else state.strict
        if strict:
            return self.strict_validator.validate(input, state)
        if state.in_union:
            # In a smart union the strict schema is tried first; the lax one's result is a lax match.
            try:
                return self.strict_validator.validate(input, state)
            except ValError:
                pass
            value = self.lax.validate(input, state)
            state.floor_exactness(LAX)
            return value
        return self.lax.validate(input, state)


@register('json-or-python')
class JsonOrPythonValidator(Validator):
    __slots__ = ('json', 'python')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.json = ctx.build(schema['json_schema'])
        self.python = ctx.build(schema['python_schema'])
        self.name = f'json-or-python[json={self.json.name},python={self.python.name}]'
        return self

    def validate(self, input, state):
        if state.call_mode is not PYTHON:  # JSON and validate_strings calls (natively by the call's mode)
            return self.json.validate(input, state)
        return self.python.validate(input, state)


@register('custom-error')
class CustomErrorValidator(Validator):
    """Replaces every error of the inner schema by one error of the given type and message."""

    __slots__ = ('inner', 'error_type', 'message', 'context')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.inner = ctx.build(schema['schema'])
        from .unions import _custom_error

        self.error_type, self.message, self.context = _custom_error(schema)
        self.name = f'custom-error[{self.inner.name}]'
        return self

    def validate(self, input, state):
        try:
            return self.inner.validate(input, state)
        except ValError:
            raise ValError([LineError(self.error_type, input, self.context, self.message)]) from None
