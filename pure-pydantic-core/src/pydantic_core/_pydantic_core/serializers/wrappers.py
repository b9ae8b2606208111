"""Serializers of schemas that wrap or choose between others.

Validation-only wrappers (function-before/after, chain, custom-error,
lax-or-strict, ...) serialize as their inner schema; nullable adds None;
unions pick the member whose serializer accepts the value.
"""

from __future__ import annotations

from .infer import infer
from ..errors import PydanticSerializationError, SchemaError
from ..errors.input_repr import truncated_repr
from ._base import Serializer, Unexpected, register
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


@register('call')
class CallSerializer(_Delegate):
    """call: the function's result, serialized by the return schema (or inferred)."""

    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        return_schema = schema.get('return_schema')
        return ctx.build(return_schema) if return_schema is not None else AnySerializer.build({}, ctx)


@register('arguments', 'arguments-v3', 'dataclass-args-only')
class ArgumentsSerializer(_Delegate):
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
        # natively the JSON schema's serializer only when writing JSON text (to_json)
        serializer = self.json if state.to_json else self.python
        return serializer.to_python(value, state, include, exclude)


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
        if not self.expected:
            raise SchemaError('`expected` should have length > 0')
        self.name = f"literal[{','.join(repr(e) for e in self.expected)}]"
        return self

    def debug_struct(self):
        from .._debug import Raw, Some

        ints = [e for e in self.expected if type(e) is int]
        strs = [e for e in self.expected if type(e) is str]
        others = len(ints) + len(strs) < len(self.expected)
        return 'Literal', 'LiteralSerializer', [
            ('expected_int', Raw('{' + ', '.join(str(i) for i in ints) + '}') if ints else Raw('{}')),
            ('expected_str', Raw('{' + ', '.join('"' + s + '"' for s in strs) + '}') if strs else Raw('{}')),
            ('expected_py', Some(Raw('Py(0x0)')) if others else None),
            ('name', self.name),
        ]

    def accepts(self, value, state) -> bool:
        try:
            return any(value == e and type(value) is type(e) for e in self.expected)
        except Exception:
            return False

    def to_python(self, value, state, include, exclude):
        if state.check is not None:
            try:
                found = any(value == e and (state.check == 'lax' or type(value) is type(e)) for e in self.expected)
            except Exception:  # noqa: BLE001
                found = False
            if not found:
                raise Unexpected(state.unexpected_message(self.name, value))
        return infer(value, state, include, exclude)


@register('definitions')
class DefinitionsSerializer(Serializer):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        for definition in schema['definitions']:
            slot = ctx.slot(definition['ref'])
            if slot.defined_by is not None and slot.defined_by is not definition:
                raise SchemaError(f"Duplicate ref: `{definition['ref']}`")
            slot.defined_by = definition
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
    """Tries the members with exact types first, then with their usual leniency; a member that meets
    an unexpected value (anywhere inside) is skipped. When none fits, every member's complaint becomes
    a warning and the value is inferred."""

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

    def to_python(self, value, state, include, exclude):
        return serialize_union(self.choices, value, state, include, exclude)


def serialize_union(choices, value, state, include, exclude, failures_before=()):
    saved = state.check
    failures = []
    try:
        for mode in ('strict', 'lax'):
            state.check = mode
            failures = []
            for choice in choices:
                try:
                    return choice.to_python(value, state, include, exclude)
                except Unexpected as exc:
                    failures.append(exc.message)
                except PydanticSerializationError as exc:
                    # a member that fails (a function raising) is skipped too, as natively
                    failures.append(f'PydanticSerializationUnexpectedValue(PydanticSerializationError: {exc})')
    finally:
        state.check = saved
    if saved is not None:
        # inside an outer union: every member's complaint goes up (lines of the final warning)
        raise Unexpected('\n  '.join(failures) if failures else state.unexpected_message('union', value))
    if value is None:
        return None
    for message in (*failures_before, *failures):
        state.add_warning(message)
    return infer(value, state, include, exclude)


@register('tagged-union')
class TaggedUnionSerializer(Serializer):
    __slots__ = ('choices', 'by_tag', 'discriminator')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.by_tag = {tag: ctx.build(s) for tag, s in schema['choices'].items()}
        self.choices = list(self.by_tag.values())
        self.discriminator = schema['discriminator']
        self.name = f'TaggedUnion[{", ".join(c.name for c in self.choices)}]'
        return self

    def _tag(self, value):
        discriminator = self.discriminator
        if callable(discriminator):
            return discriminator(value)
        paths = [[discriminator]] if isinstance(discriminator, str) else discriminator
        if paths and not isinstance(paths[0], list):
            paths = [paths]
        for path in paths:
            current = value
            for item in path:
                if isinstance(current, dict):
                    current = current.get(item, _NO_TAG)
                elif isinstance(item, str):
                    current = getattr(current, item, _NO_TAG)
                else:
                    current = _NO_TAG
                if current is _NO_TAG:
                    break
            if current is not _NO_TAG:
                return current
        return None

    def to_python(self, value, state, include, exclude):
        try:
            tag = self._tag(value)
        except Exception:  # noqa: BLE001 - a failing discriminator means "no tag"
            tag = None
        serializer = None
        if tag is not None:
            try:
                serializer = self.by_tag.get(tag)
            except TypeError:
                serializer = None
            if serializer is None and hasattr(tag, 'value'):
                serializer = self.by_tag.get(tag.value)
        if serializer is not None:
            # The member the discriminator names serializes the value, checked; there is no
            # falling back to the other members: a value it does not fit is inferred, with its
            # complaint as a warning (inside an outer union the complaint goes up to it).
            if state.check is not None:
                return serializer.to_python(value, state, include, exclude)
            state.check = 'lax'
            try:
                return serializer.to_python(value, state, include, exclude)
            except Unexpected as exc:
                failure = exc.message
            finally:
                state.check = None
            state.add_warning(failure)
            return infer(value, state, include, exclude)
        note = (
            'PydanticSerializationUnexpectedValue(Defaulting to left to right union serialization - failed to get '
            f'discriminator value for tagged union serialization [input_value={truncated_repr(value)}, '
            f'input_type={type(value).__name__}])'
        )
        if state.check is None:
            state.add_warning(note)  # natively warned even when a member then fits
            return serialize_union(self.choices, value, state, include, exclude)
        return serialize_union(self.choices, value, state, include, exclude, (note,))


_NO_TAG = object()
