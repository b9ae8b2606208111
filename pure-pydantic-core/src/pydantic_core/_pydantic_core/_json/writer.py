"""JSON text for `to_json`, byte for byte as the native core (serde_json) writes it.

Input is an already-serialized tree: dict (str keys), list, tuple, str, int,
float, bool, None (subclasses included). How the native output looks:
- strings: `"` `\\` and the controls \\b \\f \\n \\r \\t escaped short, other
  controls as \\u00XX (lowercase); DEL and everything non-ASCII raw unless
  ensure_ascii (then \\uXXXX, lowercase, surrogate pairs above U+FFFF). A lone
  surrogate is an error even with ensure_ascii.
- floats: shortest round-trip digits; plain notation from 1e-5 up to below
  1e16 (always with a fraction: `1.0`), otherwise `1e+16`, `1.5e-7`.
- compact separators `,` and `:`; with `indent`, newline + indent per level,
  `": "` after keys, `[]`/`{}` for empty containers (as the stdlib does).

Fast path: the stdlib's C encoder, whose output equals the native one except
for floats written as `e-0X` (repr says 1e-05 / 1e-06 where serde says
0.00001 / 1e-6) and non-finite floats outside 'constants' mode; those cases
are seen from its output or its error and redone by the Python writer here.
"""

import json
import re

_encode_str = json.encoder.encode_basestring  # the C version where available
_encode_str_ascii = json.encoder.encode_basestring_ascii
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_float_repr = float.__repr__
_int_repr = int.__repr__

INF_NAN_MODES = ("null", "constants", "strings")
_NON_FINITE = {
    "constants": {"inf": "Infinity", "-inf": "-Infinity", "nan": "NaN"},
    "null": {"inf": "null", "-inf": "null", "nan": "null"},
    "strings": {"inf": '"Infinity"', "-inf": '"-Infinity"', "nan": '"NaN"'},
}


class JsonWriteError(ValueError):
    """A value that cannot be written. str() is the native detail, e.g.
    "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in
    position 0: surrogates not allowed"; the serializer prefixes it with
    "Error serializing to JSON: " in a PydanticSerializationError."""


def float_repr(value: float, inf_nan_mode: str = "constants") -> str:
    """The native JSON text of a float."""
    r = _float_repr(value)
    if "e" in r:
        mantissa, _, exp = r.partition("e")
        e = int(exp)
        if e >= 0:
            return r
        if e != -5:
            return f"{mantissa}e{e}"
        # 1.234e-05 -> 0.00001234
        sign = "-" if mantissa[0] == "-" else ""
        return f"{sign}0.0000{mantissa.lstrip('-').replace('.', '')}"
    if r[-1] in "fn":  # inf, -inf, nan
        return _NON_FINITE[inf_nan_mode][r]
    return r


def int_text(value: int) -> str:
    """Decimal text of any int, past the interpreter's int->str digit limit
    (the native writer has none)."""
    try:
        return _int_repr(value)
    except ValueError:
        pass
    sign = "-" if value < 0 else ""
    value = abs(value)
    base = 10**_CHUNK_DIGITS
    chunks = []
    while value:
        value, low = divmod(value, base)
        chunks.append(low)
    head = _int_repr(chunks.pop())
    return sign + head + "".join(f"{c:0{_CHUNK_DIGITS}d}" for c in reversed(chunks))


_CHUNK_DIGITS = 4000


def encode_str(value: str, ensure_ascii: bool = False) -> str:
    """The JSON text (quoted) of a str. Lone surrogates are checked by `dumps`."""
    return _encode_str_ascii(value) if ensure_ascii else _encode_str(value)


def _escape_non_ascii(match) -> str:
    return _encode_str_ascii(match.group())[1:-1]


def _write(value, parts: list, inf_nan_mode: str, newline: str | None, step: str) -> None:
    """Append the JSON text of `value` to parts (the reference writer)."""
    if isinstance(value, str):
        parts.append(_encode_str(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        try:
            parts.append(_int_repr(value))
        except ValueError:  # more digits than int->str allows
            parts.append(int_text(value))
    elif isinstance(value, float):
        parts.append(float_repr(value, inf_nan_mode))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        if newline is None:
            sep = "{"
            for k, v in value.items():
                parts.append(sep)
                parts.append(_encode_str(_key(k)))
                parts.append(":")
                _write(v, parts, inf_nan_mode, None, step)
                sep = ","
            parts.append("}")
        else:
            inner = newline + step
            sep = "{" + inner
            for k, v in value.items():
                parts.append(sep)
                parts.append(_encode_str(_key(k)))
                parts.append(": ")
                _write(v, parts, inf_nan_mode, inner, step)
                sep = "," + inner
            parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        if newline is None:
            sep = "["
            for v in value:
                parts.append(sep)
                _write(v, parts, inf_nan_mode, None, step)
                sep = ","
            parts.append("]")
        else:
            inner = newline + step
            sep = "[" + inner
            for v in value:
                parts.append(sep)
                _write(v, parts, inf_nan_mode, inner, step)
                sep = "," + inner
            parts.append(newline + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(k) -> str:
    if isinstance(k, str):
        return k
    raise TypeError(f"keys must be str, not {type(k).__name__}")


def _first_unencodable(value):
    """The UnicodeEncodeError of the first string, in output order, that is not valid UTF-8."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            try:
                v.encode()
            except UnicodeEncodeError as e:
                return e
        elif isinstance(v, dict):
            for k, item in reversed(list(v.items())):
                stack.append(item)
                stack.append(k)
        elif isinstance(v, (list, tuple)):
            stack.extend(reversed(v))
    return None


def _raise_unencodable(value):
    e = _first_unencodable(value)
    raise JsonWriteError(f"{type(e).__name__}: {e}") from None


def _reject_unknown(value):
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _c_encoder(indent: int | None, allow_nan: bool):
    enc = json.JSONEncoder(
        ensure_ascii=False, check_circular=False, allow_nan=allow_nan, indent=indent,
        separators=(",", ":") if indent is None else (",", ": "), default=_reject_unknown,
    )
    return enc.encode


def _c_encoder_ascii(indent: int | None):
    return json.JSONEncoder(
        ensure_ascii=True, check_circular=False, allow_nan=True, indent=indent,
        separators=(",", ":") if indent is None else (",", ": "), default=_reject_unknown,
    ).encode


_C_COMPACT = {True: _c_encoder(None, True), False: _c_encoder(None, False)}
_C_INDENTED: dict = {}
_C_ASCII: dict = {}
# repr's way of writing floats below 1e-4 ("1e-05"); serde's differs.
_REPR_SMALL_FLOAT = re.compile(r"[0-9]e-0")


def dumps(value, *, indent: int | None = None, ensure_ascii: bool = False, inf_nan_mode: str = "constants") -> bytes:
    """UTF-8 JSON bytes of a serialized tree, as the native `to_json` writes them."""
    if ensure_ascii and inf_nan_mode == "constants" and (indent is None or indent >= 0):
        # The C encoder escapes as serde does except DEL (serde keeps it raw);
        # that, lone surrogates (an error natively, an escape here) and small
        # floats need the general path.
        encode = _C_ASCII.get(indent)
        if encode is None:
            encode = _C_ASCII[indent] = _c_encoder_ascii(indent)
        text = encode(value)
        if "\\ud" not in text and "\\u007f" not in text and not ("e-0" in text and _REPR_SMALL_FLOAT.search(text)):
            return text.encode()
    if indent is None:
        encode = _C_COMPACT[inf_nan_mode == "constants"]
    else:
        if indent < 0:
            raise OverflowError("can't convert negative int to unsigned")
        key = (indent, inf_nan_mode == "constants")
        encode = _C_INDENTED.get(key)
        if encode is None:
            encode = _C_INDENTED[key] = _c_encoder(indent, key[1])
    try:
        text = encode(value)
    except ValueError:  # a non-finite float outside 'constants' mode
        text = None
    if text is None or ("e-0" in text and _REPR_SMALL_FLOAT.search(text)):
        parts: list = []
        _write(value, parts, inf_nan_mode, None if indent is None else "\n", " " * (indent or 0))
        text = "".join(parts)
    try:
        data = text.encode()
    except UnicodeEncodeError:
        _raise_unencodable(value)
    if ensure_ascii and len(data) != len(text):
        data = _NON_ASCII.sub(_escape_non_ascii, text).encode()
    return data
