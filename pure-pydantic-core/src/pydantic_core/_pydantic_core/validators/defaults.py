"""default: a value (or factory) used when a field is absent, and what to do when validation fails."""

from __future__ import annotations

import copy

from .._some import Some
from .._undefined import PydanticUndefined
from ..errors import PydanticUseDefault, SchemaError, ValError
from ._base import Omit, Validator, python_input, register


@register('default')
class WithDefaultValidator(Validator):
    __slots__ = ('inner', 'default', 'factory', 'factory_takes_data', 'on_error', 'validate_default', 'copy_default')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.inner = ctx.build(schema['schema'])
        self.default = schema.get('default', PydanticUndefined)
        self.factory = schema.get('default_factory')
        if self.default is not PydanticUndefined and self.factory is not None:
            raise SchemaError("'default' and 'default_factory' cannot be used together")
        self.factory_takes_data = schema.get('default_factory_takes_data', False)
        self.on_error = schema.get('on_error', 'raise')
        validate_default = schema.get('validate_default')
        self.validate_default = ctx.get_config('validate_default', False) if validate_default is None else validate_default
        if self.on_error == 'default' and self.default is PydanticUndefined and self.factory is None:
            raise SchemaError("'on_error = default' requires a `default` or `default_factory`")
        # Mutable (unhashable) defaults are copied for each use, like the native core.
        try:
            hash(self.default)
            self.copy_default = False
        except TypeError:
            self.copy_default = True
        self.name = f'default[{self.inner.name}]'
        return self

    @property
    def has_default(self) -> bool:
        return self.default is not PydanticUndefined or self.factory is not None

    def validate(self, input, state):
        if input is PydanticUndefined:
            # No value at all (a RootModel() call, for instance): the default stands in.
            result = self.default_value(state)
            if result is not None:
                return result.value
        try:
            return self.inner.validate(input, state)
        except PydanticUseDefault:
            result = self.default_value(state)
            if result is None:
                raise
            return result.value
        except ValError:
            if self.on_error == 'raise':
                raise
            if self.on_error == 'default':
                return self.default_value(state).value
            raise Omit() from None

    def raw_default(self, state):
        if self.factory is not None:
            if self.factory_takes_data:
                data = state.data
                return self.factory({} if data is None else data)
            return self.factory()
        if self.default is PydanticUndefined:
            return PydanticUndefined
        if self.copy_default:
            return copy.deepcopy(self.default)
        return self.default

    def default_value(self, state):
        """Some(default), validated when `validate_default`; None when there is no default."""
        if not self.has_default:
            return None
        value = self.raw_default(state)
        if self.validate_default:
            value = python_input(self.inner.validate, value, state)
        return Some(value)
