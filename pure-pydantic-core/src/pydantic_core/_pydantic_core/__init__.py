"""A pure-Python implementation of `pydantic_core._pydantic_core` (the native module of pydantic-core 2.46.5).

The public names are those of the `_pydantic_core.pyi` stubs. How the package
is organised: see pure-pydantic-core/README.md.
"""

from ._args_kwargs import ArgsKwargs
from ._schema_serializer import SchemaSerializer, to_json, to_jsonable_python
from ._schema_validator import SchemaValidator
from ._some import Some
from ._undefined import PydanticUndefined, PydanticUndefinedType
from .errors import (
    PydanticCustomError,
    PydanticKnownError,
    PydanticOmit,
    PydanticSerializationError,
    PydanticSerializationUnexpectedValue,
    PydanticUseDefault,
    SchemaError,
    ValidationError,
    list_all_errors,
)
from ._json import from_json
from ._temporal import TzInfo
from ._url import MultiHostUrl, Url

__version__ = '2.46.5'
build_profile = 'release'
build_info = 'profile=release pgo=false'
_recursion_limit = 255

__all__ = [
    '__version__',
    'build_profile',
    'build_info',
    '_recursion_limit',
    'ArgsKwargs',
    'SchemaValidator',
    'SchemaSerializer',
    'Url',
    'MultiHostUrl',
    'SchemaError',
    'ValidationError',
    'PydanticCustomError',
    'PydanticKnownError',
    'PydanticOmit',
    'PydanticUseDefault',
    'PydanticSerializationError',
    'PydanticSerializationUnexpectedValue',
    'PydanticUndefined',
    'PydanticUndefinedType',
    'Some',
    'to_json',
    'from_json',
    'to_jsonable_python',
    'list_all_errors',
    'TzInfo',
]

# The classes present themselves as members of this module (as the native ones do), which is also
# where pickle finds them.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        try:
            _obj.__module__ = __name__
        except (AttributeError, TypeError):
            pass
del _name, _obj
