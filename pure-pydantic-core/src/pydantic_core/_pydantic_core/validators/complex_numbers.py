"""complex: complex numbers from numbers, complex objects and Python's complex() strings."""

from __future__ import annotations

from .._state import LAX, PYTHON, STRICT
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
        # Only the schema's (or config's) strictness applies, not the call's (as natively).
        if type(input) is complex:
            return input
        mode = state.mode
        if self.strict:
            if mode is PYTHON:
                if isinstance(input, complex):
                    return complex(input)
                raise val_error('is_instance_of', input, {'class': 'complex'})
            if isinstance(input, str):
                return self._from_str(input, state)
            if isinstance(input, (int, float)) and not isinstance(input, bool):
                raise val_error('complex_str_parsing', input)
            raise val_error('complex_type', input)
        if isinstance(input, (int, float, complex)):
            state.floor_exactness(LAX)
            return complex(input)
        if isinstance(input, str):
            return self._from_str(input, state)
        if mode is PYTHON:
            cls = type(input)
            if hasattr(cls, '__complex__') or hasattr(cls, '__float__') or hasattr(cls, '__index__'):
                try:
                    value = complex(input)
                except Exception:  # noqa: BLE001 - any failure means "not a complex"
                    pass
                else:
                    state.floor_exactness(LAX)
                    return value
        raise val_error('complex_type', input)

    @staticmethod
    def _from_str(input, state):
        try:
            value = complex(input.strip() if input.isascii() else input)
        except ValueError:
            raise val_error('complex_type' if state.mode is PYTHON else 'complex_str_parsing', input) from None
        state.floor_exactness(LAX if state.mode is PYTHON else STRICT)
        return value


