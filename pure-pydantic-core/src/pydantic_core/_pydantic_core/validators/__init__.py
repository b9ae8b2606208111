"""Validators: one module per family of core schema types, registered by schema `type`.

`build_validator(schema, config)` turns a core schema into a validator tree.
See `_base.py` for the protocol and how to add a schema type.
"""

from ._base import VALIDATORS, BuildContext, DefinitionSlot, Validator, register

# Each family module registers its classes on import; the order does not matter.
from . import (  # noqa: E402,F401
    any_none,
    booleans,
    numbers,
    strings,
    binary,
    literals,
    sequences,
    dicts,
    wrappers,
    defaults,
    unions,
    functions,
    definitions,
    model_fields,
    models,
    typed_dicts,
    dataclasses,
    instances,
    temporal,
    urls,
    decimals,
    enums,
    uuids,
    complex_numbers,
    json_data,
    generators,
    missing_sentinel,
    arguments,
    arguments_v3,
)

__all__ = ['VALIDATORS', 'BuildContext', 'DefinitionSlot', 'Validator', 'register', 'build_validator']


def build_validator(schema: dict, config: dict | None, use_prebuilt: bool = True) -> Validator:
    from .definitions import finish_definitions

    ctx = BuildContext(config, None, use_prebuilt)
    validator = ctx.build(schema)
    finish_definitions(ctx)
    # For the repr: the recursive definitions, as the native core lists them.
    build_validator.last_recursive = [slot.validator for slot in ctx.definitions.values() if slot.used_recursively and slot.validator is not None]
    return validator
