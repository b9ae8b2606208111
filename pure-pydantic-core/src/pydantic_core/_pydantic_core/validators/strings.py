"""str, with its constraints and transformations (strip, lower/upper, lengths, pattern)."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum

from .._state import JSON, LAX, PYTHON, STRICT
from ..errors import SchemaError, val_error
from ._base import Validator, register
from ._rust_regex import python_pattern, rust_syntax_error


def lax_str(input, coerce_numbers: bool, json: bool = False):
    """The str a lax input means (not a str instance); raises ValError."""
    if isinstance(input, (bytes, bytearray)):
        try:
            return bytes(input).decode()
        except UnicodeDecodeError:
            raise val_error('string_unicode', input) from None
    if isinstance(input, Enum):
        value = input.value
        return value if isinstance(value, str) else str(value)
    if coerce_numbers and isinstance(input, (int, float, Decimal)) and not isinstance(input, bool):
        if json and isinstance(input, float):
            from ..errors.messages import format_float

            return format_float(input)
        return str(input)
    raise val_error('string_type', input)


def compile_pattern(pattern, engine: str | None):
    """A compiled pattern whose `search` decides a match (the native core matches anywhere in the string)."""
    if isinstance(pattern, re.Pattern):
        return pattern
    if engine != 'python-re':
        error = rust_syntax_error(pattern)
        if error is not None:
            raise SchemaError(error)
        return re.compile(python_pattern(pattern))
    return re.compile(pattern)


@register('str')
class StrValidator(Validator):
    __slots__ = (
        'strict',
        'coerce_numbers',
        'strip_whitespace',
        'to_lower',
        'to_upper',
        'min_length',
        'max_length',
        'pattern',
        'pattern_text',
        'ascii_only',
        'constrained',
    )

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)

        def option(key, config_key, default):
            value = schema.get(key)
            return ctx.get_config(config_key, default) if value is None else value

        self.coerce_numbers = option('coerce_numbers_to_str', 'coerce_numbers_to_str', False)
        self.strip_whitespace = option('strip_whitespace', 'str_strip_whitespace', False)
        self.to_lower = option('to_lower', 'str_to_lower', False)
        self.to_upper = option('to_upper', 'str_to_upper', False)
        self.min_length = option('min_length', 'str_min_length', None)
        self.max_length = option('max_length', 'str_max_length', None)
        pattern = schema.get('pattern')
        if pattern is not None:
            self.pattern = compile_pattern(pattern, schema.get('regex_engine', ctx.get_config('regex_engine')))
            self.pattern_text = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
        else:
            self.pattern = None
            self.pattern_text = None
        self.ascii_only = bool(schema.get('ascii_only', False))
        self.constrained = bool(
            self.ascii_only
            or self.strip_whitespace
            or self.to_lower
            or self.to_upper
            or self.min_length is not None
            or self.max_length is not None
            or self.pattern is not None
        )
        self.name = 'constrained-str' if self.constrained else 'str'
        return self

    def debug_struct(self):
        from .._debug import Some

        if not self.constrained:
            return 'Str', 'StrValidator', [('strict', self.strict), ('coerce_numbers_to_str', self.coerce_numbers)]

        def opt(value):
            return Some(value) if value is not None else None

        return 'StrConstrained', 'StrConstrainedValidator', [
            ('strict', self.strict),
            ('pattern', opt(self.pattern_text)),
            ('max_length', opt(self.max_length)),
            ('min_length', opt(self.min_length)),
            ('strip_whitespace', bool(self.strip_whitespace)),
            ('to_lower', bool(self.to_lower)),
            ('to_upper', bool(self.to_upper)),
            ('coerce_numbers_to_str', bool(self.coerce_numbers)),
            ('ascii_only', self.ascii_only),
        ]

    def validate(self, input, state):
        if type(input) is str:
            value = input
            if state.mode is not PYTHON:
                # Natively a JSON (or validate_strings) string is a strict match for `str`, so
                # that types parsed from text exactly (UUIDs) win in smart unions.
                state.floor_exactness(STRICT)
        elif isinstance(input, str):
            value = str.__str__(input)  # the str value even of str enums, whose str() is their name
            state.floor_exactness(STRICT)
        else:
            strict = self.strict if state.strict is None else state.strict
            if strict:
                raise val_error('string_type', input)
            value = lax_str(input, self.coerce_numbers, state.mode is JSON)
            state.floor_exactness(LAX)
        if self.constrained:
            return self._constrain(value, input)
        return value

    def _constrain(self, value: str, input) -> str:
        if not value.isascii():
            try:
                value.encode('utf-8')
            except UnicodeEncodeError:  # lone surrogates: natively not text a constraint can read
                raise val_error('string_unicode', input) from None
        if self.strip_whitespace:
            value = value.strip()
        if self.min_length is not None or self.max_length is not None:
            length = len(value)
            if self.min_length is not None and length < self.min_length:
                raise val_error('string_too_short', input, {'min_length': self.min_length})
            if self.max_length is not None and length > self.max_length:
                raise val_error('string_too_long', input, {'max_length': self.max_length})
        if self.ascii_only and not value.isascii():
            raise val_error('string_not_ascii', input)
        if self.pattern is not None and self.pattern.search(value) is None:
            raise val_error('string_pattern_mismatch', input, {'pattern': self.pattern_text})
        if self.to_lower:
            value = value.lower()
        elif self.to_upper:
            value = value.upper()
        return value
