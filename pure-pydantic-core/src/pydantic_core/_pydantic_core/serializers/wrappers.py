"""Serializers of schemas that wrap or choose between others.

Validation-only wrappers (function-before/after, chain, custom-error,
lax-or-strict, ...) serialize as their inner schema; nullable adds None;
unions pick the member whose serializer accepts the value.
"""

from __future__ import annotations

from .infer import infer
from ._base import Serializer, register
from .simple import AnySerializer

_RECURSION_LIMIT = 200


class _Delegate(Serializer):
    """Serializes with another serializer (its `inner`)."""

    __slots__ = ('inner',)

    def accepts(self, value, state) -> bool:
        return self.inner.accepts(value, state)

    def to_python(self, value, state, include, exclude):
        return self.inner.to_python(value, state, include, exclude)


@register('function-before', 'function-after', 'custom-error', 'default')
class InnerSchemaSerializer(_Delegate):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        inner = ctx.build(schema['schema'])
        return inner


@register('function-wrap')
class FunctionWrapValidatorSerializer(_Delegate):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        return ctx.build(schema['schema'])


@register('function-plain')
class FunctionPlainValidatorSerializer(_Delegate):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        return AnySerializer.build({}, ctx)


@register('chain')
class ChainSerializer(_Delegate):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        return ctx.build(schema['steps'][-1])


@register('lax-or-strict')
class LaxOrStrictSerializer(_Delegate):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        return ctx.build(schema['strict_schema'])


@register('json-or-python')
class JsonOrPythonSerializer(Serializer):
    __slots__ = ('json', 'python')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.json = ctx.build(schema['json_schema'])
        self.python = ctx.build(schema['python_schema'])
        self.name = self.python.name
        return self

    def accepts(self, value, state) -> bool:
        return self.python.accepts(value, state)

    def to_python(self, value, state, include, exclude):
        return self.python.to_python(value, state, include, exclude)


@register('nullable')
class NullableSerializer(_Delegate):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.inner = ctx.build(schema['schema'])
        self.name = f'nullable[{self.inner.name}]'
        return self

    def accepts(self, value, state) -> bool:
        return value is None or self.inner.accepts(value, state)

    def to_python(self, value, state, include, exclude):
        if value is None:
            return None
        return self.inner.to_python(value, state, include, exclude)


@register('literal')
class LiteralSerializer(Serializer):
    __slots__ = ('expected',)

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.expected = list(schema['expected'])
        self.name = 'literal'
        return self

    def accepts(self, value, state) -> bool:
        try:
            return any(value == e and type(value) is type(e) for e in self.expected)
        except Exception:
            return False

    def to_python(self, value, state, include, exclude):
        return infer(value, state, include, exclude)


@register('definitions')
class DefinitionsSerializer(Serializer):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        for definition in schema['definitions']:
            slot = ctx.slot(definition['ref'])
            if slot.schema is None or slot.serializer is None:
                slot.schema = definition
        return ctx.build(schema['schema'])


@register('definition-ref')
class DefinitionRefSerializer(Serializer):
    __slots__ = ('slot',)

    @classmethod
    def build(cls, schema, ctx):
        slot = ctx.slot(schema['schema_ref'])
        if slot.serializer is not None and not slot.building:
            return slot.serializer
        if not slot.building and slot.schema is not None:
            return ctx.build(slot.schema)
        self = cls()
        self.slot = slot
        self.name = '...'
        return self

    def accepts(self, value, state) -> bool:
        return self.slot.serializer.accepts(value, state)

    def to_python(self, value, state, include, exclude):
        guard = state.recursion_guard
        if guard is None:
            guard = state.recursion_guard = set()
        key = (id(value), id(self.slot))
        if key in guard:
            from ..errors import PydanticSerializationError

            raise PydanticSerializationError('Circular reference detected (id repeated)')
        guard.add(key)
        try:
            return self.slot.serializer.to_python(value, state, include, exclude)
        finally:
            guard.discard(key)


@register('union')
class UnionSerializer(Serializer):
    __slots__ = ('choices',)

    @classmethod
    def build(cls, schema, ctx):
        choices = []
        for choice in schema['choices']:
            choice_schema = choice[0] if isinstance(choice, tuple) else choice
            choices.append(ctx.build(choice_schema))
        if len(choices) == 1:
            return choices[0]
        self = cls()
        self.choices = choices
        self.name = f'Union[{", ".join(c.name for c in choices)}]'
        return self

    def accepts(self, value, state) -> bool:
        return any(c.accepts(value, state) for c in self.choices)

    def to_python(self, value, state, include, exclude):
        # Exact type matches first (an int should not go to a float member), then any accepting member.
        for choice in self.choices:
            if choice.accepts(value, state) and _exact(choice, value):
                return choice.to_python(value, state, include, exclude)
        for choice in self.choices:
            if choice.accepts(value, state):
                return choice.to_python(value, state, include, exclude)
        state.warn_unexpected(self.name, value)
        return infer(value, state, include, exclude)


def _exact(serializer, value) -> bool:
    expected = getattr(serializer, 'expected_types', None)
    if expected:
        return type(value) in expected
    cls = getattr(serializer, 'cls', None)
    if cls is not None:
        return type(value) is cls
    return True


@register('tagged-union')
class TaggedUnionSerializer(UnionSerializer):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.choices = [ctx.build(s) for s in schema['choices'].values()]
        self.name = f'TaggedUnion[{", ".join(c.name for c in self.choices)}]'
        return self
