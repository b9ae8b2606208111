"""Serializers: one module per family of core schema types, registered by schema `type`.

`build_serializer(schema, config)` turns a core schema into a serializer tree.
See `_base.py` for the protocol and how to add a schema type.
"""

from ._base import SER_SCHEMA_SERIALIZERS, SERIALIZERS, SerBuildContext, Serializer, SerState, register

from . import simple, collections, wrappers, fields, functions  # noqa: E402,F401  (they register themselves)

__all__ = ['SERIALIZERS', 'SER_SCHEMA_SERIALIZERS', 'SerBuildContext', 'Serializer', 'SerState', 'register', 'build_serializer']


def build_serializer(schema: dict, config: dict | None, use_prebuilt: bool = True) -> Serializer:
    return SerBuildContext(config, None, use_prebuilt).build(schema)
