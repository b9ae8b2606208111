"""JSON for the pure-Python core: parsing as jiter does, writing as serde_json does.

Public API (see each module):
- parse(data, *, allow_inf_nan, cache_strings, allow_partial, float_mode): JSON to Python.
- from_json(...): the `pydantic_core.from_json` function itself.
- JsonParseError: invalid JSON (a ValueError); `.error`, `.line`, `.column`, `.index`.
- JsonInputTypeError: input that is not bytes/bytearray/str, or a str with lone surrogates.
- LosslessFloat: a float kept as its source text (float_mode='lossless').
- dumps(...), float_repr(...), JsonWriteError: writing; see writer.py.
"""

from .errors import JsonInputTypeError, JsonParseError
from .lossless import LosslessFloat
from .loads import check_cache_strings, parse, partial_mode
from .from_json import from_json
from .writer import INF_NAN_MODES, JsonWriteError, dumps, encode_str, float_repr

__all__ = [
    "JsonInputTypeError", "JsonParseError", "LosslessFloat", "check_cache_strings", "from_json", "parse",
    "partial_mode", "INF_NAN_MODES", "JsonWriteError", "dumps", "encode_str", "float_repr",
]
