"""bytes: bytes (and in lax mode str and bytearray); strings, in JSON and in lax Python mode alike, decoded per `val_json_bytes`."""

from __future__ import annotations

import binascii

from .._state import LAX, PYTHON, STRICT
from ..errors import val_error
from ._base import Validator, register

_B64_STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_STANDARD = {ord(c): i for i, c in enumerate(_B64_STD)}
_B64_URL_SAFE = {ord(c): i for i, c in enumerate(_B64_STD.replace('+', '-').replace('/', '_'))}
_HEX_DIGITS = frozenset(b'0123456789abcdefABCDEF')


def decode_base64(text: str) -> bytes:
    """URL-safe base64, else standard base64, padding optional; ValueError with the
    native wording otherwise (the standard alphabet's error, as natively)."""
    data = text.encode('utf-8', 'surrogatepass')
    try:
        return _decode_base64(data, _B64_URL_SAFE)
    except ValueError:
        return _decode_base64(data, _B64_STANDARD)


def _decode_base64(data: bytes, alphabet: dict[int, int]) -> bytes:
    """One alphabet's decoding. As natively, the checks run on the UTF-8 bytes (offsets count bytes), in
    this order: symbols before the first '=', then the padding (it may not
    start a block or its second place, must run to the end, and may not
    overfill the block), then the length, then the last symbol's spare bits.
    """
    pad = data.find(b'=')
    body = data if pad < 0 else data[:pad]
    for offset, byte in enumerate(body):
        if byte not in alphabet:
            raise ValueError(f'Invalid symbol {byte}, offset {offset}.')
    if pad >= 0:
        padding = data[pad:]
        if pad % 4 < 2 or padding.strip(b'=') or pad + len(padding) > (pad + 3) // 4 * 4:
            raise ValueError(f'Invalid symbol {ord("=")}, offset {pad}.')
    if len(body) % 4 == 1:
        raise ValueError(f'Invalid input length: {len(body)}')
    rest = len(body) % 4
    if rest:
        last = body[-1]
        unused_bits = {2: 4, 3: 2}[rest]
        if alphabet[last] & ((1 << unused_bits) - 1):
            raise ValueError(f'Invalid last symbol {last}, offset {len(body) - 1}.')
    standard = body.replace(b'-', b'+').replace(b'_', b'/') if alphabet is _B64_URL_SAFE else body
    return binascii.a2b_base64(standard + b'=' * (-len(standard) % 4), strict_mode=True)


def decode_hex(text: str) -> bytes:
    """As natively: the byte length is checked first, then each byte."""
    data = text.encode('utf-8', 'surrogatepass')
    if len(data) % 2:
        raise ValueError('Odd number of digits')
    for position, byte in enumerate(data):
        if byte not in _HEX_DIGITS:
            raise ValueError(f"Invalid character {_rust_char_debug(chr(byte))} at position {position}")
    return bytes.fromhex(data.decode('ascii'))


def _rust_char_debug(char: str) -> str:
    """A char as Rust's `{:?}` writes it (quotes, backslash escapes for quote, backslash and controls)."""
    escapes = {"'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0'}
    if char in escapes:
        return f"'{escapes[char]}'"
    if ord(char) < 0x20 or 0x7f <= ord(char) < 0xa0:
        return f"'\\u{{{ord(char):x}}}'"
    return f"'{char}'"


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
                if self.json_mode != 'utf8':
                    # Natively `val_json_bytes` decodes a str in Python mode too
                    # (FastAPI validates parsed JSON bodies in Python mode).
                    value = self._from_json_str(str.__str__(input))
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
