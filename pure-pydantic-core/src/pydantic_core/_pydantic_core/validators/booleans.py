"""bool: True/False, and in lax mode 0/1 and the usual words ('yes', 'off', ...)."""

import math
from decimal import Decimal

from .._state import LAX, STRICT, STRINGS
from ..errors import val_error
from ._base import Validator, register

_TRUE_WORDS = frozenset(('1', 'on', 't', 'true', 'y', 'yes'))
_FALSE_WORDS = frozenset(('0', 'off', 'f', 'false', 'n', 'no'))


def lax_bool(input):
    """The bool a lax input means; raises ValError. `input` is known not to be a bool."""
    if isinstance(input, str):
        word = input.lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise val_error('bool_parsing', input)
    if isinstance(input, bytes):
        try:
            return lax_bool(input.decode())
        except (UnicodeDecodeError, Exception):
            raise val_error('bool_parsing', input) from None
    if isinstance(input, int):
        if input == 0:
            return False
        if input == 1:
            return True
        if abs(input) > 2**63:
            raise val_error('bool_type', input)
        raise val_error('bool_parsing', input)
    if isinstance(input, (float, Decimal)):
        if input == 0:
            return False
        if input == 1:
            return True
        if math.isfinite(input) and input == int(input):
            raise val_error('bool_parsing', input)
        raise val_error('bool_type', input)
    if hasattr(type(input), '__index__'):
        try:
            return lax_bool(int(input.__index__()))
        except Exception:
            raise val_error('bool_parsing', input) from None
    if hasattr(type(input), 'numerator') and hasattr(type(input), 'denominator'):
        raise val_error('bool_parsing', input)
    raise val_error('bool_type', input)


@register('bool')
class BoolValidator(Validator):
    __slots__ = ('strict',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'bool'
        self.strict = ctx.is_strict(schema)
        return self

    def validate(self, input, state):
        if input is True or input is False:
            return input
        strict = self.strict if state.strict is None else state.strict
        if strict:
            raise val_error('bool_type', input)
        value = lax_bool(input)
        state.floor_exactness(STRICT if state.mode is STRINGS else LAX)
        return value
