"""Serialization by the value's own type, for `any` schemas and values that match no schema.

`infer(value, state, include, exclude)` returns a Python value (python mode)
or a JSON-ready value (json mode). Models and pydantic dataclasses use their
own serializer; containers are walked; unknown types go to the fallback, or
become a PydanticSerializationError.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime
import ipaddress
import math
import re
import uuid
from collections.abc import Generator, Iterator
from decimal import Decimal
from enum import Enum
from pathlib import PurePath

from .._temporal import serialize as temporal_serialize
from ..errors import PydanticSerializationError
from .filters import filter_dict_items, filter_seq_items, next_filters

__all__ = ['infer', 'infer_key', 'to_jsonable_fallback', 'json_float', 'json_bytes', 'unknown_type_error']


def unknown_type_error(value) -> PydanticSerializationError:
    try:
        type_repr = repr(type(value))
    except Exception:  # noqa: BLE001 - a metaclass with a failing repr
        type_repr = f'<unprintable {type(type(value)).__name__} object>'
    return PydanticSerializationError(f'Unable to serialize unknown type: {type_repr}')


def json_float(value: float, state):
    # Inferred non-finite floats become None in 'null' mode; otherwise the JSON writer applies the mode.
    if state.inf_nan_mode == 'null' and not math.isfinite(value):
        return None
    return value


def json_bytes(value, mode: str, to_json: bool = True) -> str:
    if mode == 'base64':
        return base64.urlsafe_b64encode(bytes(value)).decode()
    if mode == 'hex':
        return bytes(value).hex()
    data = bytes(value)
    try:
        return data.decode()
    except UnicodeDecodeError as exc:
        if not to_json:  # to_python(mode='json'): the decoding error itself, worded natively
            raise UnicodeDecodeError('utf-8', data, exc.start, exc.start + 1, 'invalid utf-8') from None
        if exc.reason == 'unexpected end of data':
            detail = f'incomplete utf-8 byte sequence from index {exc.start}'
        else:
            detail = f'invalid utf-8 sequence of 1 bytes from index {exc.start}'
        raise PydanticSerializationError(f'Error serializing to JSON: {detail}') from None


def temporal_json(value, state):
    """The JSON form of a date, time, datetime or timedelta met by inference."""
    return temporal_serialize.to_json_value(value, state.temporal_infer_mode)


def _model_serializer(value):
    serializer = getattr(type(value), '__pydantic_serializer__', None)
    inner = getattr(serializer, '_serializer', None)
    return inner


def infer(value, state, include=None, exclude=None):
    """Serialize `value` according to its runtime type."""
    cls = type(value)
    if cls is str or cls is int or cls is bool or value is None:
        return value
    if cls is float:
        return json_float(value, state) if state.json else value
    if cls is dict:
        return _guarded(_infer_dict, value, state, include, exclude)
    if cls is list:
        return _guarded(_infer_list, value, state, include, exclude, list)
    if cls is tuple:
        return _guarded(_infer_list, value, state, include, exclude, list if state.json else tuple)
    return _infer_other(value, cls, state, include, exclude)


MAX_DEPTH = 254  # containers nested deeper than this are taken for a cycle, as natively


def _guarded(function, value, state, *args):
    """Walk a container once per path: a container met again inside itself is a cycle, and so is
    nesting deeper than MAX_DEPTH (in Python mode the value is then returned as it is)."""
    guard = state.recursion_guard
    if guard is None:
        guard = state.recursion_guard = set()
    key = id(value)
    if key in guard:
        if not state.json:
            return value
        marker = getattr(state, 'cycle_marker', None)
        if marker is not None:
            return marker
        raise PydanticSerializationError('Circular reference detected (id repeated)')
    if len(guard) >= MAX_DEPTH:
        if not state.json:
            return value
        raise ValueError('Circular reference detected (depth exceeded)')
    guard.add(key)
    try:
        return function(value, state, *args)
    except RecursionError:
        if not state.json:
            raise
        # Python's own stack ran out first (deep fallbacks take several frames per level).
        raise ValueError('Circular reference detected (depth exceeded)') from None
    finally:
        guard.discard(key)


def _fallback(value, state):
    """The fallback's result, inferred with the value marked as being serialized."""
    result = state.fallback(value)
    guard = state.recursion_guard
    if guard is None:
        guard = state.recursion_guard = set()
    key = id(value)
    if key in guard or len(guard) >= MAX_DEPTH:
        if not state.json:
            return result
        if key in guard:
            raise PydanticSerializationError('Circular reference detected (id repeated)')
        raise ValueError('Circular reference detected (depth exceeded)')
    guard.add(key)
    try:
        return infer(result, state)
    except RecursionError:
        if not state.json:
            raise
        raise ValueError('Circular reference detected (depth exceeded)') from None
    finally:
        guard.discard(key)


def _infer_dict(value, state, include, exclude):
    out = {}
    json = state.json
    for k, item, sub_include, sub_exclude in filter_dict_items(value, include, exclude):
        out[infer_key(k, state) if json else k] = infer(item, state, sub_include, sub_exclude)
    return out


def _infer_list(value, state, include, exclude, result_type):
    if include is None and exclude is None:
        items = [infer(item, state) for item in value]
    else:
        items = [infer(item, state, sub_include, sub_exclude) for item, sub_include, sub_exclude in filter_seq_items(value, include, exclude)]
    return items if result_type is list else result_type(items)


def _infer_fields(pairs, state, include, exclude):
    """A dataclass's (or similar) fields as a dict, with include/exclude applied."""
    out = {}
    filtering = include is not None or exclude is not None
    for name, item in pairs:
        if filtering:
            keep, sub_include, sub_exclude = next_filters(name, include, exclude)
            if not keep:
                continue
        else:
            sub_include = sub_exclude = None
        out[name] = infer(item, state, sub_include, sub_exclude)
    return out


_IP_TYPES = (
    ipaddress.IPv4Address,
    ipaddress.IPv6Address,
    ipaddress.IPv4Network,
    ipaddress.IPv6Network,
    ipaddress.IPv4Interface,
    ipaddress.IPv6Interface,
)


def _infer_other(value, cls, state, include, exclude):
    json = state.json
    own_serializer = getattr(value, '__pydantic_serializer__', None) if not isinstance(value, type) else None
    inner = getattr(own_serializer, '_serializer', None) if own_serializer is not None else None
    if inner is not None:
        # Types with their own serializer (models, dataclasses, Secret, URLs...) use it; met again
        # within itself (a serializer falling back to inference) the value is returned as it is.
        return _guarded(lambda v, state: inner.to_python(v, state, include, exclude), value, state)
    if isinstance(value, Enum):
        return infer(value.value, state) if json else value
    if isinstance(value, str):
        return str.__str__(value) if json else value
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value) if json else value
    if isinstance(value, float):
        return json_float(float(value), state) if json else value
    if isinstance(value, (set, frozenset)):
        items = _guarded(_infer_list, value, state, include, exclude, list)
        if json:
            return items
        return cls(items) if cls in (set, frozenset) else set(items)
    if isinstance(value, dict):
        return _guarded(_infer_dict, value, state, include, exclude)
    if isinstance(value, (list, tuple)):
        return _guarded(_infer_list, value, state, include, exclude, list if json or isinstance(value, list) else tuple)
    if isinstance(value, (bytes, bytearray)):
        return json_bytes(value, state.bytes_mode, state.to_json) if json else value
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return temporal_json(value, state) if json else value
    if isinstance(value, Decimal):
        return str(value) if json else value
    if isinstance(value, uuid.UUID):
        return str(value) if json else value
    if isinstance(value, PurePath):
        return str(value) if json else value
    if isinstance(value, re.Pattern):
        return value.pattern if json else value
    if isinstance(value, _IP_TYPES):
        return str(value) if json else value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        pairs = [(field.name, getattr(value, field.name)) for field in dataclasses.fields(value)]
        return _guarded(lambda _, state: _infer_fields(pairs, state, include, exclude), value, state)
    if isinstance(value, (Generator, Iterator)):
        if json:
            return _guarded(_infer_list, value, state, include, exclude, list)
        return SerializationIterator(value, lambda item, index: infer(item, state), include, exclude)
    if _is_url(value):
        return str(value) if json else value
    if isinstance(value, complex) and json:
        return _complex_str(value)
    if not json and state.fallback is None:
        return value
    if state.fallback is not None:
        return _fallback(value, state)
    if state.serialize_unknown:
        try:
            return str(value)
        except Exception:
            return f'<Unserializable {cls.__name__} object>'
    raise unknown_type_error(value)


class SerializationIterator:
    """What serializing an iterator in Python mode gives: an iterator serializing each item lazily."""

    __slots__ = ('_iterator', '_serialize', '_index', '_include', '_exclude', '_schema_include', '_schema_exclude')

    def __init__(self, iterator, serialize, include=None, exclude=None, schema_include=None, schema_exclude=None):
        self._iterator = iterator
        self._serialize = serialize
        self._index = 0
        self._include = include
        self._exclude = exclude
        self._schema_include = schema_include
        self._schema_exclude = schema_exclude

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._iterator)
            index = self._index
            self._index += 1
            if (self._include is not None or self._exclude is not None or self._schema_include is not None
                    or self._schema_exclude is not None):
                keep, _, _ = next_filters(index, self._include, self._exclude, self._schema_include, self._schema_exclude)
                if not keep:
                    continue
            return self._serialize(item, index)

    @property
    def index(self) -> int:
        return self._index

    def __repr__(self) -> str:
        return f'SerializationIterator(index={self._index}, iterator={self._iterator!r})'

    __str__ = __repr__


SerializationIterator.__module__ = 'pydantic_core._pydantic_core'


def _is_model_serializer(serializer) -> bool:
    """Whether an object's own SchemaSerializer is for a model or dataclass (other types with a
    serializer, like Secret, are serialized by inference and their field's schema)."""
    schema = getattr(serializer, '_schema', None)
    if not isinstance(schema, dict) or getattr(serializer, '_serializer', None) is None:
        return False
    while schema.get('type') == 'definitions':
        schema = schema['schema']
    return schema.get('type') in ('model', 'dataclass', 'definition-ref')


def _is_url(value) -> bool:
    return type(value).__name__ in ('Url', 'MultiHostUrl') and type(value).__module__.startswith('pydantic_core')


def _complex_str(value: complex) -> str:
    """str(complex) without the parentheses, 'NaN' for nan parts (as natively)."""
    text = str(value).strip('()')
    return text.replace('nan', 'NaN')


def infer_key(key, state):
    """A dict key as JSON object keys must be: a string."""
    if isinstance(key, str):
        return str(key)
    if isinstance(key, bool):
        return 'true' if key else 'false'
    if isinstance(key, int):
        return str(int(key))
    if isinstance(key, float):
        from .._json import float_repr

        return float_repr(key)
    if key is None:
        return 'None'
    if isinstance(key, Enum):
        return infer_key(key.value, state)
    if isinstance(key, (list, tuple)):
        return ','.join(infer_key(item, state) for item in key)
    if isinstance(key, (datetime.date, datetime.time, datetime.timedelta)):
        return temporal_serialize.to_json_key(key, state.temporal_infer_mode)
    value = infer(key, state)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    raise PydanticSerializationError(f'{type(key).__name__} is not a valid key')


class _FallbackState:
    """A JSON-mode state for the core's own output (ValidationError.json): unknown values become str()."""

    json = True
    mode = 'json'
    inf_nan_mode = 'constants'
    bytes_mode = 'utf8'
    timedelta_mode = 'iso8601'
    temporal_mode = 'iso8601'
    temporal_infer_mode = 'iso8601'
    exclude_none = False
    fallback = None
    serialize_unknown = True
    by_alias = True
    round_trip = False
    exclude_unset = False
    exclude_defaults = False
    exclude_computed_fields = False
    serialize_as_any = False
    warnings_mode = 'none'
    context = None
    field_name = None
    recursion_guard = None
    cycle_marker = '...'  # a container met again inside itself is written as "..."
    to_json = True

    def warn_unexpected(self, expected, value):
        pass

    def add_warning(self, text):
        pass


def to_jsonable_fallback(value):
    return infer(value, _FallbackState())
