"""JSON text to the Python values `validate_json` validates (parsing is the `_json` package's)."""

from __future__ import annotations

from ._json import JsonInputTypeError, JsonParseError, parse
from .errors import val_error

__all__ = ['parse_json_input']

_PARTIAL_OPTION = {False: False, 'on': True, 'trailing-strings': 'trailing-strings'}


def parse_json_input(input, partial, config):
    """The parsed document, or ValError json_type / json_invalid / string_unicode."""
    if not isinstance(input, (str, bytes, bytearray)):
        raise val_error('json_type', input)
    try:
        return parse(input, allow_inf_nan=True, allow_partial=_PARTIAL_OPTION[partial])
    except JsonParseError as exc:
        raise val_error('json_invalid', input, {'error': str(exc)}) from None
    except JsonInputTypeError:
        raise val_error('string_unicode', input) from None
