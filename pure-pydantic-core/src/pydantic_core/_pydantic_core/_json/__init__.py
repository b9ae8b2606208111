"""JSON for the pure-Python core: parsing as jiter does, writing as serde_json does.

Parsing (loads.py, parser.py, errors.py):
- parse(data, *, allow_inf_nan=True, cache_strings=True, allow_partial=False, float_mode='float')
  bytes/bytearray/str -> dict/list/str/int/float/bool/None. Duplicate keys: last wins.
  float_mode 'decimal' gives Decimal for every non-integer number (and NaN/Infinity);
  'lossless' gives LosslessFloat (NaN/Infinity stay float). Integers are always int.
  Raises JsonParseError for invalid JSON, JsonInputTypeError for a non-text input
  or a str with lone surrogates, ValueError/TypeError with the native texts for bad
  `cache_strings` / `allow_partial` / `allow_inf_nan` values.
- from_json(...): `pydantic_core.from_json` (plain ValueError / TypeError, native texts).
- For validate_json and the 'json' schema: JsonParseError -> error type 'json_invalid'
  with context {'error': str(exc)}; JsonInputTypeError on a str -> 'string_unicode'
  (validate_json) ; a non str/bytes input to the 'json' schema is 'json_type'.

Writing (writer.py):
- dumps(tree, *, indent=None, ensure_ascii=False, inf_nan_mode='constants') -> bytes,
  where tree holds only dict (str keys), list, tuple, str, int, float, bool, None.
  Raises JsonWriteError (str: "UnicodeEncodeError: ...") for lone surrogates; the
  serializer reports PydanticSerializationError(f"Error serializing to JSON: {exc}").
- float_repr(f, inf_nan_mode), encode_str(s, ensure_ascii), int_text(i): the pieces.
"""

from .errors import JsonInputTypeError, JsonParseError
from .from_json import from_json
from .loads import FLOAT_MODES, check_cache_strings, parse, partial_mode
from .lossless import LosslessFloat
from .writer import INF_NAN_MODES, JsonWriteError, dumps, encode_str, float_repr, int_text

__all__ = [
    "FLOAT_MODES", "INF_NAN_MODES", "JsonInputTypeError", "JsonParseError", "JsonWriteError", "LosslessFloat",
    "check_cache_strings", "dumps", "encode_str", "float_repr", "from_json", "int_text", "parse", "partial_mode",
]
