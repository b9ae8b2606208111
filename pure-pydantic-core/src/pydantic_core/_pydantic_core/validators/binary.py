"""bytes: bytes (and in lax mode str and bytearray), JSON strings decoded per `val_json_bytes`."""

from __future__ import annotations

import binascii

from .._state import LAX, PYTHON, STRICT
from ..errors import val_error
from ._base import Validator, register

_B64_STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64_STD)}
_B64_VALUES.update({'-': 62, '_': 63})


def decode_base64(text: str) -> bytes:
    """Standard or URL-safe base64, padding optional; ValueError with the native wording otherwise."""
    body = text.rstrip('=')
    padding = len(text) - len(body)
    for offset, char in enumerate(body):
        if char not in _B64_VALUES:
            raise ValueError(f'Invalid symbol {ord(char)}, offset {offset}.')
    if len(body) % 4 == 1:
        raise ValueError('Invalid input length.')
    if padding and (len(body) + padding) % 4:
        raise ValueError('Invalid padding')
    # The last symbol must not carry bits beyond the decoded bytes.
    rest = len(body) % 4
    if rest:
        last = body[-1]
        unused_bits = {2: 4, 3: 2}[rest]
        if _B64_VALUES[last] & ((1 << unused_bits) - 1):
            raise ValueError(f'Invalid last symbol {ord(last)}, offset {len(body) - 1}.')
    standard = body.replace('-', '+').replace('_', '/')
    return binascii.a2b_base64(standard + '=' * (-len(standard) % 4))


def decode_hex(text: str) -> bytes:
    for position, char in enumerate(text):
        if char not in '0123456789abcdefABCDEF':
            raise ValueError(f"Invalid character {char!r} at position {position}")
    if len(text) % 2:
        raise ValueError('Odd number of digits')
    return bytes.fromhex(text)


@register('bytes')
class BytesValidator(Validator):
    __slots__ = ('strict', 'min_length', 'max_length', 'json_mode')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.strict = ctx.is_strict(schema)
        self.min_length = schema.get('min_length')
        self.max_length = schema.get('max_length')
        self.json_mode = ctx.get_config('val_json_bytes', 'utf8')
        self.name = 'constrained-bytes' if self.min_length is not None or self.max_length is not None else 'bytes'
        return self

    def validate(self, input, state):
        if type(input) is bytes:
            value = input
        elif state.mode is not PYTHON:
            if not isinstance(input, str):
                raise val_error('bytes_type', input)
            value = self._from_json_str(input)
            state.floor_exactness(STRICT)
        else:
            strict = self.strict if state.strict is None else state.strict
            if isinstance(input, bytes):
                value = input  # a bytes subclass instance is kept, as natively
                state.floor_exactness(STRICT)
            elif strict:
                raise val_error('bytes_type', input)
            elif isinstance(input, str):
                try:
                    value = str.__str__(input).encode('utf-8')
                except UnicodeEncodeError:  # lone surrogates are not text (as natively)
                    raise val_error('string_unicode', input) from None
                state.floor_exactness(LAX)
            elif isinstance(input, bytearray):
                value = bytes(input)
                state.floor_exactness(LAX)
            else:
                raise val_error('bytes_type', input)
        if self.min_length is not None and len(value) < self.min_length:
            raise val_error('bytes_too_short', input, {'min_length': self.min_length})
        if self.max_length is not None and len(value) > self.max_length:
            raise val_error('bytes_too_long', input, {'max_length': self.max_length})
        return value

    def _from_json_str(self, text: str) -> bytes:
        mode = self.json_mode
        if mode == 'utf8':
            return text.encode()
        try:
            return decode_base64(text) if mode == 'base64' else decode_hex(text)
        except (ValueError, binascii.Error) as exc:
            raise val_error('bytes_invalid_encoding', text, {'encoding': mode, 'encoding_error': str(exc)}) from None
