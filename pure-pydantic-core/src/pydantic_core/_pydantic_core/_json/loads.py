"""`parse`: JSON text to Python values, as the native core (jiter) parses it.

Fast path: the stdlib's C scanner, used only where its result provably equals
the native one. It accepts a few things the native parser rejects (escaped
lone surrogates, nesting deeper than 200, integer parts longer than 4300
characters, Infinity/NaN when they are not allowed, a str that is not valid
Unicode); those are screened out before or after it runs. Whatever it
rejects, and every partial parse, goes to the reference parser in
`parser.py`, which produces the native error text and position; for a
screened ASCII document that parser still hands each container near the top
to the C scanner first, so only the broken part is walked in Python.
"""

import json
import re
from decimal import Decimal

from .errors import JsonInputTypeError
from .lossless import LosslessFloat
from .limits import MAX_DEPTH, MAX_INT_CHARS

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
# Whole-document screening with bytes.translate, the fastest pass pure Python
# has. Digits as "0" (anything else " ") to find over-long integer parts;
# containers as "[" "]" and quotes as "q" (anything else deleted) to measure
# nesting.
_DIGIT_CLASSES = bytes(0x30 if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_LONG_DIGITS = b"0" * MAX_INT_CHARS
_MARKS = bytes(0x5B if c in b"[{" else 0x5D if c in b"]}" else 0x71 if c == 0x22 else c for c in range(256))
_NOT_MARKS = bytes(c for c in range(256) if c not in b'[]{}"')

_CACHE_MODES = frozenset((True, False, "all", "keys", "none"))
_CACHE_MODE_ERROR = "Invalid string cache mode, should be `'all'`, '`keys`', `'none`' or a `bool`"
_PARTIAL_MODES = {False: (False, False), "off": (False, False), True: (True, False), "on": (True, False),
                  "trailing-strings": (True, True)}
_PARTIAL_MODE_ERROR = "Invalid partial mode, should be `'off'`, `'on'`, `'trailing-strings'` or a `bool`"
FLOAT_MODES = ("float", "decimal", "lossless")


class _NotAllowed(Exception):
    """Infinity/NaN met by the C scanner while they are not allowed."""


def _reject_constant(name):
    raise _NotAllowed(name)


def _decimal_constant(name):
    return Decimal(name)


def _make_decoder(allow_inf_nan: bool, float_mode: str):
    kwargs = {}
    if float_mode == "decimal":
        kwargs["parse_float"] = Decimal
        kwargs["parse_constant"] = _decimal_constant
    elif float_mode == "lossless":
        kwargs["parse_float"] = LosslessFloat
    if not allow_inf_nan:
        kwargs["parse_constant"] = _reject_constant
    return json.JSONDecoder(**kwargs)


_DECODER_OBJECTS = {(a, f): _make_decoder(a, f) for a in (True, False) for f in FLOAT_MODES}
_DECODERS = {key: decoder.decode for key, decoder in _DECODER_OBJECTS.items()}


def check_cache_strings(cache_strings) -> None:
    """Validate the `cache_strings` option as the native core does.

    (Caching only affects object identity, so it has no other effect here.)
    A str that is not a mode is a ValueError, any other type a TypeError."""
    if type(cache_strings) is str or type(cache_strings) is bool:
        if cache_strings not in _CACHE_MODES:
            raise ValueError(_CACHE_MODE_ERROR)
    else:
        raise TypeError(f"argument 'cache_strings': {_CACHE_MODE_ERROR}")


def partial_mode(allow_partial) -> tuple[bool, bool]:
    """(partial, trailing_strings) for an `allow_partial` option value."""
    if type(allow_partial) is str or type(allow_partial) is bool:
        mode = _PARTIAL_MODES.get(allow_partial)
        if mode is None:
            raise ValueError(_PARTIAL_MODE_ERROR)
        return mode
    raise TypeError(f"argument 'allow_partial': {_PARTIAL_MODE_ERROR}")


def _too_deep(raw: bytes, value) -> bool:
    """Whether a valid document nests a value deeper than MAX_DEPTH containers."""
    if b'\\"' not in raw:
        marks = raw.translate(_MARKS, _NOT_MARKS)  # brackets and quotes, in order
        # Without escaped quotes, quotes alternate open/close, and a string
        # with no bracket inside shows as "qq". If those pairs account for
        # every quote, no string holds a bracket: what is left are the real
        # containers, and each pass strips the innermost, so the number of
        # passes is the depth.
        if marks.count(b"qq") * 2 == marks.count(b"q"):
            brackets = marks.translate(None, b"q")
            for _ in range(MAX_DEPTH):
                if not brackets:
                    return False
                brackets = brackets.replace(b"[]", b"")
            return True  # perhaps only empty containers at MAX_DEPTH+1: the reference parser decides
    return _value_too_deep(value)


def _value_too_deep(value) -> bool:
    """The same question asked of the parsed value (exact, slower)."""
    if type(value) is not list and type(value) is not dict:
        return False
    level = [value]
    for _ in range(MAX_DEPTH):
        level = [v for c in level for v in (c.values() if type(c) is dict else c) if type(v) is list or type(v) is dict]
        if not level:
            return False
    # Containers at depth MAX_DEPTH+1 are allowed while empty.
    return any(level)


def parse(data, *, allow_inf_nan: bool = True, cache_strings=True, allow_partial=False, float_mode: str = "float"):
    """Parse a JSON document (bytes, bytearray or str) as the native core does.

    Raises JsonParseError (a ValueError; str() is the native text) for invalid
    JSON, JsonInputTypeError (a TypeError) for an input of another type or a
    str with lone surrogates, ValueError/TypeError for bad option values.
    """
    if type(allow_inf_nan) is not bool:
        what = "'None'" if allow_inf_nan is None else f"'{type(allow_inf_nan).__name__}' object"
        raise TypeError(f"argument 'allow_inf_nan': {what} is not an instance of 'bool'")
    partial, trailing = partial_mode(allow_partial)
    if float_mode != "float" and float_mode not in FLOAT_MODES:
        raise ValueError(f"Invalid float mode {float_mode!r}, should be `'float'`, `'decimal'` or `'lossless'`")
    if cache_strings is not True:
        check_cache_strings(cache_strings)
    if isinstance(data, str):
        text = data
        try:
            raw = text.encode()
        except UnicodeEncodeError:
            raise JsonInputTypeError() from None
    elif isinstance(data, (bytes, bytearray)):
        raw = bytes(data)
        try:
            text = raw.decode()
        except UnicodeDecodeError:
            text = None
    else:
        raise JsonInputTypeError()
    screened = False
    if text is not None and not (b"\\u" in raw and _SURROGATE_ESCAPE.search(raw)):
        if len(raw) >= MAX_INT_CHARS and _LONG_DIGITS in raw.translate(_DIGIT_CLASSES):
            text = None
        if text is not None:
            screened = True
            try:
                value = _DECODERS[allow_inf_nan, float_mode](text)
            except (ValueError, _NotAllowed, RecursionError):
                pass
            else:
                if raw.count(b"[") + raw.count(b"{") <= MAX_DEPTH or not _too_deep(raw, value):
                    return value
    from .parser import Parser  # only errors and partial documents need it: imported on first use

    if screened and text.isascii():  # str and byte offsets agree: valid sub-values may use the C scanner
        return Parser(raw, allow_inf_nan, partial, trailing, float_mode, text,
                      _DECODER_OBJECTS[allow_inf_nan, float_mode].scan_once).parse_document()
    return Parser(raw, allow_inf_nan, partial, trailing, float_mode).parse_document()
