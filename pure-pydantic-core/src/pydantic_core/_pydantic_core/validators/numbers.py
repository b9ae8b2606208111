"""int and float, with their constraints (gt, ge, lt, le, multiple_of, allow_inf_nan)."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from enum import Enum

from .._state import LAX, STRICT, STRINGS
from ..errors import ValError, val_error
from ._base import Validator, register

# Lax int strings: optional sign, ASCII digits with single underscores between
# them, optionally a fractional part of zeros only ('1.0', '2.000').
_INT_STR = re.compile(r'[+-]?[0-9]+(?:_[0-9]+)*(?:\.0+)?')
# Python's int() refuses longer decimal strings; the native core reports a size error.
_MAX_INT_DIGITS = 4300


def _strip(text: str) -> str:
    return text.strip()


def int_from_str(text: str, input):
    text = _strip(text)
    if not _INT_STR.fullmatch(text):
        raise val_error('int_parsing', input)
    dot = text.find('.')
    if dot != -1:
        text = text[:dot]
    if len(text) > _MAX_INT_DIGITS:
        raise val_error('int_parsing_size', input)
    return int(text.replace('_', ''))


def int_from_float(value: float, input):
    if not math.isfinite(value):
        raise val_error('finite_number', input)
    if value != int(value):
        raise val_error('int_from_float', input)
    return int(value)


def lax_int(input):
    """The int a lax input means (not an exact int and not a bool); raises ValError."""
    if isinstance(input, int):
        return int(input)
    if isinstance(input, float):
        return int_from_float(input, input)
    if isinstance(input, str):
        return int_from_str(input, input)
    if isinstance(input, bytes):
        try:
            text = input.decode()
        except UnicodeDecodeError:
            raise val_error('int_parsing', input) from None
        return int_from_str(text, input)
    if isinstance(input, Decimal):
        if not input.is_finite():
            raise val_error('finite_number', input)
        if input != input.to_integral_value():
            raise val_error('int_from_float', input)
        return int(input)
    if isinstance(input, Enum):
        value = input.value
        if isinstance(value, bool):
            return int(value)
        return value if type(value) is int else lax_int(value)
    cls = type(input)
    if hasattr(cls, '__index__'):
        try:
            return input.__index__()
        except Exception:
            raise val_error('int_type', input) from None
    if cls.__name__ == 'Fraction' and getattr(input, 'denominator', None) == 1:
        return int(input.numerator)  # exact, however large (natively too)
    if hasattr(cls, '__float__') and not isinstance(input, (bytearray, complex)):
        try:
            value = float(input)
        except Exception:
            raise val_error('int_type', input) from None
        return int_from_float(value, input)
    raise val_error('int_type', input)


def _check_constraints(self, value, input):
    multiple_of = self.multiple_of
    if multiple_of is not None and value % multiple_of != 0:
        raise val_error('multiple_of', input, {'multiple_of': multiple_of})
    if self.le is not None and not value <= self.le:
        raise val_error('less_than_equal', input, {'le': self.le})
    if self.lt is not None and not value < self.lt:
        raise val_error('less_than', input, {'lt': self.lt})
    if self.ge is not None and not value >= self.ge:
        raise val_error('greater_than_equal', input, {'ge': self.ge})
    if self.gt is not None and not value > self.gt:
        raise val_error('greater_than', input, {'gt': self.gt})
    return value


@register('int')
class IntValidator(Validator):
    __slots__ = ('strict', 'multiple_of', 'le', 'lt', 'ge', 'gt', 'constrained')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        for key in ('multiple_of', 'le', 'lt', 'ge', 'gt'):
            bound = schema.get(key)
            if bound is not None and not isinstance(bound, int):
                try:
                    bound = lax_int(bound)  # coerced as a lax int input is ('1', 2.0, Decimal('3'))
                except ValError:
                    raise ValueError(f"'{key}' must be coercible to an integer") from None
            setattr(self, key, bound)
        self.constrained = any(schema.get(k) is not None for k in ('multiple_of', 'le', 'lt', 'ge', 'gt'))
        self.name = 'constrained-int' if self.constrained else 'int'
        return self

    def debug_struct(self):
        from .._debug import Some

        if not self.constrained:
            return 'Int', 'IntValidator', [('strict', self.strict)]
        fields = [('strict', self.strict)]
        for key in ('multiple_of', 'le', 'lt', 'ge', 'gt'):
            value = getattr(self, key)
            fields.append((key, Some(value) if value is not None else None))
        return 'ConstrainedInt', 'ConstrainedIntValidator', fields

    def validate(self, input, state):
        if type(input) is int:
            value = input
        else:
            strict = self.strict if state.strict is None else state.strict
            if isinstance(input, int) and not isinstance(input, bool):
                value = int(input)
                state.floor_exactness(STRICT)
            elif strict:
                raise val_error('int_type', input)
            else:
                value = lax_int(input)
                # validate_strings text is the natural form there: a strict match
                state.floor_exactness(STRICT if state.mode is STRINGS else LAX)
        if self.constrained:
            return _check_constraints(self, value, input)
        return value


def float_from_str(text: str, input) -> float:
    if not text.isascii():  # Python's float() also reads other scripts' digits
        text = text.strip()
        if not text.isascii():
            raise val_error('float_parsing', input)
    try:
        return float(text)
    except ValueError:
        raise val_error('float_parsing', input) from None


def _float_multiple_ok(value: float, multiple_of: float) -> bool:
    if multiple_of == 0:
        return False
    # The remainder of the ratio, with a tolerance for binary fractions (0.3 is a multiple of 0.1);
    # inf and nan give a nan remainder, which (as natively) is not an error.
    remainder = (value / multiple_of) % 1
    return not (1e-9 < remainder < 1 - 1e-9)


@register('float')
class FloatValidator(Validator):
    __slots__ = ('strict', 'allow_inf_nan', 'multiple_of', 'le', 'lt', 'ge', 'gt', 'constrained')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        allow = schema.get('allow_inf_nan')
        self.allow_inf_nan = ctx.get_config('allow_inf_nan', True) if allow is None else allow
        for key in ('multiple_of', 'le', 'lt', 'ge', 'gt'):
            bound = schema.get(key)
            setattr(self, key, float(bound) if bound is not None else None)
        self.constrained = any(schema.get(k) is not None for k in ('multiple_of', 'le', 'lt', 'ge', 'gt'))
        self.name = 'constrained-float' if self.constrained else 'float'
        return self

    def debug_struct(self):
        from .._debug import Some

        if not self.constrained:
            return 'Float', 'FloatValidator', [('strict', self.strict), ('allow_inf_nan', self.allow_inf_nan)]
        fields = [('strict', self.strict), ('allow_inf_nan', self.allow_inf_nan)]
        for key in ('multiple_of', 'le', 'lt', 'ge', 'gt'):
            value = getattr(self, key)
            fields.append((key, Some(value) if value is not None else None))
        return 'ConstrainedFloat', 'ConstrainedFloatValidator', fields

    def validate(self, input, state):
        if type(input) is float:
            value = input
        else:
            strict = self.strict if state.strict is None else state.strict
            value = self._coerce(input, strict, state)
        if not self.allow_inf_nan and not math.isfinite(value):
            raise val_error('finite_number', input)
        if self.constrained:
            if self.multiple_of is not None and not _float_multiple_ok(value, self.multiple_of):
                raise val_error('multiple_of', input, {'multiple_of': self.multiple_of})
            if self.le is not None and not value <= self.le:
                raise val_error('less_than_equal', input, {'le': self.le})
            if self.lt is not None and not value < self.lt:
                raise val_error('less_than', input, {'lt': self.lt})
            if self.ge is not None and not value >= self.ge:
                raise val_error('greater_than_equal', input, {'ge': self.ge})
            if self.gt is not None and not value > self.gt:
                raise val_error('greater_than', input, {'gt': self.gt})
        return value

    @staticmethod
    def _coerce(input, strict, state) -> float:
        if isinstance(input, bool):
            if strict:
                raise val_error('float_type', input)
            state.floor_exactness(LAX)
            return float(input)
        if isinstance(input, (int, float)):
            state.floor_exactness(STRICT)
            return float(input)
        if isinstance(input, (str, bytes, bytearray)):
            if strict or isinstance(input, bytearray):
                raise val_error('float_type', input)
            state.floor_exactness(STRICT if state.mode is STRINGS else LAX)
            if isinstance(input, bytes):
                try:
                    input_text = input.decode()
                except UnicodeDecodeError:
                    raise val_error('float_parsing', input) from None
                return float_from_str(input_text, input)
            return float_from_str(input, input)
        cls = type(input)
        if hasattr(cls, '__float__') and not isinstance(input, complex):
            try:
                value = float(input)
            except Exception:
                raise val_error('float_type', input) from None
            state.floor_exactness(STRICT if strict else LAX)
            return value
        if hasattr(cls, '__index__'):
            try:
                value = float(input.__index__())
            except Exception:
                raise val_error('float_type', input) from None
            state.floor_exactness(LAX)
            return value
        raise val_error('float_type', input)
