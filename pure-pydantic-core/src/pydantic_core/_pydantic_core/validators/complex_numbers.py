"""complex: complex numbers from numbers, complex objects and Python's complex() strings."""

from __future__ import annotations

from .._state import JSON, LAX
from ..errors import val_error
from ._base import Validator, register


@register('complex')
class ComplexValidator(Validator):
    __slots__ = ('strict',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        self.name = 'complex'
        return self

    def validate(self, input, state):
        if type(input) is complex:
            return input
        if isinstance(input, (int, float, complex)):
            state.floor_exactness(LAX)
            return complex(input)
        if isinstance(input, str):
            try:
                value = complex(input.strip())
            except ValueError:
                raise val_error('complex_str_parsing' if state.mode is JSON else 'complex_type', input) from None
            state.floor_exactness(LAX)
            return value
        if state.mode is not JSON and hasattr(type(input), '__complex__'):
            try:
                return complex(input)
            except Exception:  # noqa: BLE001 - any failure means "not a complex"
                pass
        raise val_error('complex_type', input)
