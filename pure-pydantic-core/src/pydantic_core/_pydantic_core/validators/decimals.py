"""decimal: Decimal values, with bounds, multiple_of, max_digits and decimal_places."""

from __future__ import annotations

from decimal import Decimal, DecimalException, InvalidOperation

from .._state import LAX, PYTHON, STRICT
from ..errors import val_error
from ..errors.messages import format_float
from ._base import Validator, register


def _bound(key, value):
    if value is None:
        return None
    try:
        if isinstance(value, float):
            return Decimal(str(value))
        return Decimal(value)
    except (DecimalException, TypeError, ValueError):
        raise ValueError(f"'{key}' must be coercible to a Decimal instance") from None


def _parse_str(text: str, input) -> Decimal:
    try:
        return Decimal(text.strip())
    except (InvalidOperation, ValueError):
        raise val_error('decimal_parsing', input) from None


def digits_and_places(value: Decimal) -> tuple[int, int]:
    """(significant digits, decimal places) of a finite Decimal, trailing zeros not counted."""
    # (trailing zeros stripped by hand: normalize() would round to the context's precision)
    _, digits, exponent = value.as_tuple()
    end = len(digits)
    while end > 1 and digits[end - 1] == 0:
        end -= 1
        exponent += 1
    digits = digits[:end]
    if digits == (0,):
        exponent = 0
    if exponent >= 0:
        return len(digits) + exponent, 0
    places = -exponent
    return max(len(digits), places), places


@register('decimal')
class DecimalValidator(Validator):
    __slots__ = ('strict', 'allow_inf_nan', 'multiple_of', 'le', 'lt', 'ge', 'gt', 'max_digits', 'decimal_places', 'checks')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        allow_inf_nan = schema.get('allow_inf_nan')
        if allow_inf_nan is None:
            allow_inf_nan = ctx.get_config('allow_inf_nan', False)
        self.allow_inf_nan = bool(allow_inf_nan)
        for key in ('multiple_of', 'le', 'lt', 'ge', 'gt'):
            setattr(self, key, _bound(key, schema.get(key)))
        self.max_digits = schema.get('max_digits')
        self.decimal_places = schema.get('decimal_places')
        if self.allow_inf_nan and (self.max_digits is not None or self.decimal_places is not None):
            raise ValueError('allow_inf_nan=True cannot be used with max_digits or decimal_places')
        self.checks = any(
            v is not None for v in (self.multiple_of, self.le, self.lt, self.ge, self.gt, self.max_digits, self.decimal_places)
        )
        self.name = 'decimal'
        return self

    def debug_struct(self):
        from .._debug import Some

        def opt(value):
            return Some(value) if value is not None else None

        return 'Decimal', 'DecimalValidator', [
            ('strict', self.strict),
            ('allow_inf_nan', self.allow_inf_nan),
            ('check_digits', self.max_digits is not None or self.decimal_places is not None),
            ('multiple_of', opt(self.multiple_of)),
            ('le', opt(self.le)),
            ('lt', opt(self.lt)),
            ('ge', opt(self.ge)),
            ('gt', opt(self.gt)),
            ('max_digits', opt(self.max_digits)),
            ('decimal_places', opt(self.decimal_places)),
        ]

    def _coerce(self, input, state) -> Decimal:
        cls = type(input)
        if cls is Decimal:
            return input
        if state.mode is not PYTHON:
            if cls is int:
                return Decimal(input)
            if cls is float:
                # JSON numbers keep the digits they were written with (as the float prints them).
                return Decimal(format_float(input)) if input == input and input not in (float('inf'), float('-inf')) else Decimal(repr(input))
            if cls is str:
                state.floor_exactness(STRICT)
                return _parse_str(input, input)
            if cls is list and len(input) == 3 and not (self.strict if state.strict is None else state.strict):
                # A JSON array [sign, [digits...], exponent] is given to Decimal() as its tuple
                # form; natively Decimal's own errors (ValueError) are not turned into
                # validation errors here.
                state.floor_exactness(LAX)
                sign, digits, exponent = input
                return Decimal((sign, tuple(digits) if type(digits) is list else digits, exponent))
            raise val_error('decimal_type', input)
        if isinstance(input, Decimal):
            state.floor_exactness(STRICT)
            return Decimal(input)
        strict = self.strict if state.strict is None else state.strict
        if strict:
            raise val_error('is_instance_of', input, {'class': 'Decimal'})
        state.floor_exactness(LAX)
        if isinstance(input, bool):
            raise val_error('decimal_type', input)
        if isinstance(input, int):
            return Decimal(int(input))
        if isinstance(input, float):
            return Decimal(str(float(input)))
        if isinstance(input, str):
            return _parse_str(input, input)
        if type(input) is tuple and len(input) == 3:
            try:
                return Decimal(input)
            except (DecimalException, TypeError, ValueError):
                raise val_error('decimal_type', input) from None
        raise val_error('decimal_type', input)

    def validate(self, input, state):
        value = self._coerce(input, state)
        if not value.is_finite():
            if not self.allow_inf_nan:
                raise val_error('finite_number', input)
        if self.checks:
            self._check(value, input)
        return value

    def _check(self, value: Decimal, input) -> None:
        if value.is_finite() and (self.max_digits is not None or self.decimal_places is not None):
            digits, places = digits_and_places(value)
            if self.max_digits is not None and digits > self.max_digits:
                raise val_error('decimal_max_digits', input, {'max_digits': self.max_digits})
            if self.decimal_places is not None and places > self.decimal_places:
                raise val_error('decimal_max_places', input, {'decimal_places': self.decimal_places})
            if self.max_digits is not None and self.decimal_places is not None:
                whole = self.max_digits - self.decimal_places
                if digits - places > whole:
                    raise val_error('decimal_whole_digits', input, {'whole_digits': whole})
        if self.multiple_of is not None and value.is_finite():
            try:
                remainder = value % self.multiple_of
            except InvalidOperation:
                remainder = Decimal(1)
            if remainder != 0:
                raise val_error('multiple_of', input, {'multiple_of': self.multiple_of})
        try:
            if self.le is not None and not value <= self.le:
                raise val_error('less_than_equal', input, {'le': self.le})
            if self.lt is not None and not value < self.lt:
                raise val_error('less_than', input, {'lt': self.lt})
            if self.ge is not None and not value >= self.ge:
                raise val_error('greater_than_equal', input, {'ge': self.ge})
            if self.gt is not None and not value > self.gt:
                raise val_error('greater_than', input, {'gt': self.gt})
        except InvalidOperation:  # comparisons with NaN
            for key, error_type in (('le', 'less_than_equal'), ('lt', 'less_than'), ('ge', 'greater_than_equal'), ('gt', 'greater_than')):
                bound = getattr(self, key)
                if bound is not None:
                    raise val_error(error_type, input, {key: bound}) from None
