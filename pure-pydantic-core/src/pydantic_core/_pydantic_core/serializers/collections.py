"""list, tuple, set, frozenset, generator and dict serializers."""

from __future__ import annotations

from collections.abc import Iterator

from .filters import check_filter, filter_dict_items, next_filters, normalize_negative
from .infer import SerializationIterator, infer, infer_key
from ._base import Serializer, Unexpected, register
from .simple import AnySerializer, FloatSerializer


def schema_filters(schema, kind: str):
    """(include, exclude) of an include-exclude-sequence / -dict serialization schema."""
    ser = schema.get('serialization')
    if ser is not None and ser.get('type') == kind:
        return ser.get('include'), ser.get('exclude')
    return None, None


def _serialize_items(item_serializer, value, state, include, exclude, schema_include=None, schema_exclude=None):
    to_python = item_serializer.to_python
    if include is None and exclude is None and schema_include is None and schema_exclude is None:
        return [to_python(item, state, None, None) for item in value]
    check_filter(include, 'include')
    check_filter(exclude, 'exclude')
    if hasattr(value, '__len__'):
        length = len(value)
        include = normalize_negative(include, length)
        exclude = normalize_negative(exclude, length)
    out = []
    for index, item in enumerate(value):
        keep, sub_include, sub_exclude = next_filters(index, include, exclude, schema_include, schema_exclude)
        if keep:
            out.append(to_python(item, state, sub_include, sub_exclude))
    return out


@register('list')
class ListSerializer(Serializer):
    __slots__ = ('item_serializer', 'schema_include', 'schema_exclude')
    expected = (list,)
    type_name = 'list'

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        items = schema.get('items_schema')
        self.item_serializer = ctx.build(items) if items is not None else AnySerializer.build({}, ctx)
        self.schema_include, self.schema_exclude = schema_filters(schema, 'include-exclude-sequence')
        self.name = f'{cls.type_name}[{self.item_serializer.name}]'
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, self.expected)

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, self.expected):
            if value is None and state.check is None:
                return None
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        out = _serialize_items(self.item_serializer, value, state, include, exclude, self.schema_include, self.schema_exclude)
        return self.finish(out, state)

    def finish(self, out, state):
        return out


@register('generator')
class GeneratorSerializer(ListSerializer):
    """Generators (and other iterators) are serialized as lists of their items."""

    __slots__ = ()
    type_name = 'generator'

    @classmethod
    def build(cls, schema, ctx):
        self = super().build(schema, ctx)
        self.name = 'generator'
        return self

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, Iterator):
            if value is None and state.check is None:
                return None
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        schema_include, schema_exclude = self.schema_include, self.schema_exclude
        for spec in (include, exclude, schema_include, schema_exclude):
            if spec is not None and any(isinstance(k, int) and k < 0 for k in spec):
                raise ValueError('Negative indices cannot be used to exclude items on unsized iterables')
        if state.json:
            return _serialize_items(self.item_serializer, value, state, include, exclude, schema_include, schema_exclude)
        serializer = self.item_serializer

        def serialize(item, index):
            # items are serialized when iterated: their warnings are emitted then, as natively
            result = serializer.to_python(item, state, None, None)
            if state.warnings:
                try:
                    state.emit_warnings()
                finally:
                    state.warnings = []
            return result

        return SerializationIterator(value, serialize, include, exclude, schema_include, schema_exclude)


@register('set')
class SetSerializer(ListSerializer):
    __slots__ = ()
    expected = (set,)
    type_name = 'set'

    def finish(self, out, state):
        return out if state.json else set(out)


@register('frozenset')
class FrozenSetSerializer(ListSerializer):
    __slots__ = ()
    expected = (frozenset,)
    type_name = 'frozenset'

    def finish(self, out, state):
        return out if state.json else frozenset(out)


@register('tuple')
class TupleSerializer(Serializer):
    __slots__ = ('item_serializers', 'variadic_index', 'schema_include', 'schema_exclude')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.item_serializers = [ctx.build(s) for s in schema.get('items_schema', [])]
        self.variadic_index = schema.get('variadic_item_index')
        self.schema_include, self.schema_exclude = schema_filters(schema, 'include-exclude-sequence')
        names = [s.name for s in self.item_serializers]
        if self.variadic_index is not None:
            names.insert(self.variadic_index + 1, '...')
        self.name = f'tuple[{", ".join(names)}]'
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, tuple)

    def _serializer_for(self, index, count):
        sers = self.item_serializers
        variadic = self.variadic_index
        if variadic is None:
            return sers[index] if index < len(sers) else None
        after = len(sers) - variadic - 1
        if index < variadic:
            return sers[index]
        if index >= count - after:
            return sers[len(sers) - (count - index)]
        return sers[variadic]

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, tuple):
            if value is None and state.check is None:
                return None
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        filtering = include is not None or exclude is not None or self.schema_include is not None or self.schema_exclude is not None
        count = len(value)
        if filtering:
            check_filter(include, 'include')
            check_filter(exclude, 'exclude')
            include = normalize_negative(include, count)
            exclude = normalize_negative(exclude, count)
        out = []
        for index, item in enumerate(value):
            if filtering:
                keep, sub_include, sub_exclude = next_filters(index, include, exclude, self.schema_include, self.schema_exclude)
                if not keep:
                    continue
            else:
                sub_include = sub_exclude = None
            serializer = self._serializer_for(index, count)
            if serializer is None:
                out.append(infer(item, state, sub_include, sub_exclude))
            else:
                out.append(serializer.to_python(item, state, sub_include, sub_exclude))
        if self.variadic_index is None and count != len(self.item_serializers):
            which = 'extra' if count > len(self.item_serializers) else 'too few'
            message = f'PydanticSerializationUnexpectedValue(Unexpected {which} items present in tuple)'
            if state.check is not None:
                raise Unexpected(message)
            state.add_warning(message)
        return out if state.json else tuple(out)


@register('dict')
class DictSerializer(Serializer):
    __slots__ = ('key_serializer', 'value_serializer', 'schema_include', 'schema_exclude')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        keys = schema.get('keys_schema')
        values = schema.get('values_schema')
        self.key_serializer = ctx.build(keys) if keys is not None else AnySerializer.build({}, ctx)
        self.value_serializer = ctx.build(values) if values is not None else AnySerializer.build({}, ctx)
        self.schema_include, self.schema_exclude = schema_filters(schema, 'include-exclude-dict')
        self.name = f'dict[{self.key_serializer.name}, {self.value_serializer.name}]'
        return self

    def accepts(self, value, state) -> bool:
        return isinstance(value, dict)

    def to_python(self, value, state, include, exclude):
        if not isinstance(value, dict):
            if value is None and state.check is None:
                return None
            state.warn_unexpected(self.name, value)
            return infer(value, state, include, exclude)
        out = {}
        key_ser = self.key_serializer
        value_ser = self.value_serializer
        json = state.json
        check_filter(include, 'include')
        check_filter(exclude, 'exclude')
        float_keys = json and type(key_ser) is FloatSerializer
        for key, item, sub_include, sub_exclude in filter_dict_items(value, include, exclude, self.schema_include, self.schema_exclude):
            if float_keys and type(key) is int:
                out[str(key)] = value_ser.to_python(item, state, sub_include, sub_exclude)  # natively '1', not '1.0'
                continue
            new_key = key_ser.to_python(key, state, None, None)
            if json and not isinstance(new_key, str):
                new_key = infer_key(new_key, state)
            out[new_key] = value_ser.to_python(item, state, sub_include, sub_exclude)
        return out
