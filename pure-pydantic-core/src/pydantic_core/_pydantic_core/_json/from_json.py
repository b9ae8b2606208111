"""`pydantic_core.from_json`: `parse` with the native exception types."""

from .errors import JsonInputTypeError, JsonParseError
from .loads import parse


def from_json(data, *extra, allow_inf_nan: bool = True, cache_strings=True, allow_partial=False):
    if extra:  # worded as the native binding words it
        raise TypeError(f"from_json() takes 1 positional arguments but {1 + len(extra)} were given")
    try:
        return parse(data, allow_inf_nan=allow_inf_nan, cache_strings=cache_strings, allow_partial=allow_partial)
    except JsonParseError as e:
        # The native function raises a plain ValueError with the positioned text.
        raise ValueError(str(e)) from None
    except JsonInputTypeError as e:
        raise TypeError(str(e)) from None
