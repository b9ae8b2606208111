"""A JSON float that keeps its source text (float_mode='lossless').

Validators that need exact digits (Decimal) read `as_decimal()` or `str()`;
everything else treats it as the float it rounds to (`float(x)`).
"""

from decimal import Decimal


class LosslessFloat:
    __slots__ = ("_text",)

    def __init__(self, text: bytes | str):
        if isinstance(text, str):
            text = text.encode()
        self._text = bytes(text)
        float(self._text)  # a malformed number is rejected here, not later

    def as_decimal(self) -> Decimal:
        return Decimal(self._text.decode())

    def __float__(self) -> float:
        return float(self._text)

    def __bytes__(self) -> bytes:
        return self._text

    def __str__(self) -> str:
        return self._text.decode()

    def __repr__(self) -> str:
        return f"LosslessFloat({self._text.decode()})"

    def __eq__(self, other):
        if isinstance(other, LosslessFloat):
            return self._text == other._text
        return NotImplemented

    def __hash__(self):
        return hash(self._text)
