"""Errors: the public exception classes, the known error types, and the internal error lines."""

from .exceptions import (
    PydanticCustomError,
    PydanticKnownError,
    PydanticOmit,
    PydanticSerializationError,
    PydanticSerializationUnexpectedValue,
    PydanticUseDefault,
    SchemaError,
)
from .line_error import LineError, ValError, custom_line_error, val_error
from .messages import KNOWN_ERRORS, list_all_errors
from .validation_error import ValidationError

__all__ = [
    'KNOWN_ERRORS',
    'LineError',
    'PydanticCustomError',
    'PydanticKnownError',
    'PydanticOmit',
    'PydanticSerializationError',
    'PydanticSerializationUnexpectedValue',
    'PydanticUseDefault',
    'SchemaError',
    'ValError',
    'ValidationError',
    'custom_line_error',
    'list_all_errors',
    'val_error',
]
