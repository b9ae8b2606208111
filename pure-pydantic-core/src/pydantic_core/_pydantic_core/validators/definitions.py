"""definitions and definition-ref: named schemas, possibly recursive.

References to a definition that is not recursive are replaced by the
definition's own validator (no indirection per call). A reference met while
its definition is still being built is recursive: it stays a
`DefinitionRefValidator` that looks the validator up when called, and guards
against cyclic input (the same object met again by the same definition).
"""

from __future__ import annotations

from ..errors import SchemaError, val_error
from ._base import Validator, register

RECURSION_LIMIT = 255


@register('definitions')
class DefinitionsValidator(Validator):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        for definition in schema['definitions']:
            ref = definition['ref']
            slot = ctx.slot(ref)
            if slot.defined_by is not None and slot.defined_by is not definition:
                raise SchemaError(f'Duplicate ref: `{ref}`')
            slot.defined_by = definition
            if slot.schema is None or slot.validator is None:
                slot.schema = definition
        return ctx.build(schema['schema'])


@register('definition-ref')
class DefinitionRefValidator(Validator):
    __slots__ = ('slot',)

    @classmethod
    def build(cls, schema, ctx):
        slot = ctx.slot(schema['schema_ref'])
        if slot.validator is not None and not slot.building and not slot.used_recursively:
            return slot.validator
        target = None
        if not slot.building and slot.schema is not None:
            target = ctx.build(slot.schema)
            if not slot.used_recursively:
                return target
        slot.used_recursively = True
        self = cls()
        self.slot = slot
        return self

    @property
    def name(self):
        # While its definition is being built a reference is named '...' (titles built then keep
        # it); afterwards, like what it refers to (as union labels, computed when needed, show).
        target = self.slot.validator
        return '...' if target is None else target.name

    def debug_struct(self):
        target = self.slot.validator
        return 'DefinitionRef', 'DefinitionRefValidator', [('definition', target.name if target is not None else self.slot.ref)]

    def validate_assignment(self, obj, field_name, field_value, state):
        return self.slot.validator.validate_assignment(obj, field_name, field_value, state)

    def validate(self, input, state):
        validator = self.slot.validator
        guard = state.recursion_guard
        if guard is None:
            guard = state.recursion_guard = set()
        key = (id(input), id(self.slot))
        if key in guard or state.recursion_depth >= RECURSION_LIMIT:
            raise val_error('recursion_loop', input)
        guard.add(key)
        state.recursion_depth += 1
        try:
            return validator.validate(input, state)
        except RecursionError:
            raise val_error('recursion_loop', input) from None
        finally:
            state.recursion_depth -= 1
            guard.discard(key)


def finish_definitions(ctx) -> None:
    """Check that every referenced definition was provided."""
    for ref, slot in ctx.definitions.items():
        if slot.validator is None and slot.used_recursively:
            if slot.schema is None:
                raise SchemaError(f'Definitions error: definition `{ref}` was never filled')
            ctx.build(slot.schema)


