"""`parse`: JSON text to Python values, as the native core (jiter) parses it.

Fast path: the stdlib's C scanner, used only where its result provably equals
the native one. It accepts a few things the native parser rejects (escaped
lone surrogates, nesting deeper than 200, integer parts longer than 4300
characters, Infinity/NaN when they are not allowed, a str that is not valid
Unicode); those are screened out before or after it runs. Whatever it
rejects, and every partial parse, goes to the reference parser in
`parser.py`, which produces the native error text and position.
"""

import json
import re
from decimal import Decimal

from .errors import JsonInputTypeError
from .lossless import LosslessFloat
from .limits import MAX_DEPTH, MAX_INT_CHARS

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
# Screening by byte class (bytes.translate is the fastest whole-document pass
# pure Python has): digits -> "0", openers -> "[", closers -> "]", rest -> " ".
_CLASSES = bytes(
    0x30 if 0x30 <= c <= 0x39 else 0x5B if c in b"[{" else 0x5D if c in b"]}" else 0x20 for c in range(256)
)
_LONG_DIGITS = b"0" * MAX_INT_CHARS

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
    return json.JSONDecoder(**kwargs).decode


_DECODERS = {(a, f): _make_decoder(a, f) for a in (True, False) for f in FLOAT_MODES}


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


def _nesting_depth(classes: bytes) -> int:
    """The nesting depth of a valid document, from its byte classes.

    Each pass removes the innermost containers, so the passes count the
    levels. Exact when no string holds a bracket; stray brackets from strings
    usually make it report "too deep" (then the reference parser decides),
    but strings crafted to pair with real brackets could hide levels: a known,
    adversarial-only gap, accepted because an exact walk of the parsed value
    costs a third of the parse."""
    brackets = classes.translate(None, b" 0")
    depth = 0
    while brackets:
        depth += 1
        if depth > MAX_DEPTH:
            return depth
        inner_removed = brackets.replace(b"[]", b"")
        if len(inner_removed) == len(brackets):
            return MAX_DEPTH + 1
        brackets = inner_removed
    return depth


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
    if text is not None and not (b"\\u" in raw and _SURROGATE_ESCAPE.search(raw)):
        if len(raw) >= MAX_INT_CHARS:
            classes = raw.translate(_CLASSES)
            deep = classes.count(b"[") > MAX_DEPTH
            if _LONG_DIGITS in classes:
                text = None
        else:
            classes = None
            deep = raw.count(b"[") + raw.count(b"{") > MAX_DEPTH
        if text is not None:
            try:
                value = _DECODERS[allow_inf_nan, float_mode](text)
            except (ValueError, _NotAllowed, RecursionError):
                pass
            else:
                if not deep or _nesting_depth(classes or raw.translate(_CLASSES)) <= MAX_DEPTH:
                    return value
    from .parser import Parser  # only errors and partial documents need it: imported on first use

    return Parser(raw, allow_inf_nan, partial, trailing, float_mode).parse_document()
