"""enum: members of an Enum class, looked up by value in lax mode (int/str/float enums coerce first)."""

from __future__ import annotations

from .._state import JSON, LAX, PYTHON
from ..errors import SchemaError, ValError, val_error
from ._base import Validator, register
from .literals import expected_repr
from .numbers import lax_int

_MISSING = object()


@register('enum')
class EnumValidator(Validator):
    __slots__ = ('cls', 'lookup', 'unhashable', 'sub_type', 'missing', 'strict', 'expected', 'class_name')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.cls = schema['cls']
        members = schema['members']
        self.sub_type = schema.get('sub_type')
        self.missing = schema.get('missing')
        if not members:
            raise SchemaError('`members` should have length > 0')
        self.strict = ctx.is_strict(schema)
        self.lookup = {}
        self.unhashable = []
        for member in members:
            try:
                self.lookup.setdefault(member.value, member)
            except TypeError:
                self.unhashable.append(member)
        self.expected = expected_repr([m.value for m in members]) if members else ''
        self.class_name = self.cls.__qualname__
        prefix = {'int': 'int-enum', 'str': 'str-enum', 'float': 'float-enum'}.get(self.sub_type, 'enum')
        self.name = f'{prefix}[{self.cls.__name__}]'
        return self

    def debug_struct(self):
        from .._debug import Raw

        return 'Enum', 'EnumValidator', [
            ('class', Raw('Py(0x0)')),
            ('missing', Raw('Some(Py(0x0))') if self.missing is not None else None),
            ('expected_repr', self.expected),
            ('strict', self.strict),
            ('class_repr', self.class_name),
            ('name', self.name),
        ]

    def validate(self, input, state):
        cls = self.cls
        if type(input) is cls:
            return input
        if isinstance(input, cls):
            return input
        strict = self.strict if state.strict is None else state.strict
        if strict and state.call_mode is PYTHON:
            raise val_error('is_instance_of', input, {'class': self.class_name})
        state.floor_exactness(LAX)
        key = self._key(input, strict)
        if key is not _MISSING:
            try:
                member = self.lookup.get(key, _MISSING)
            except TypeError:
                member = _MISSING
            if member is _MISSING:
                for candidate in self.unhashable:
                    if candidate.value == key:
                        member = candidate
                        break
            if member is not _MISSING:
                return member
        if self.missing is not None:
            result = self.missing(input)
            if result is not None:
                if isinstance(result, cls):
                    return result
                raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of None or a valid member')
        raise val_error('enum', input, {'expected': self.expected})

    def _key(self, input, strict):
        sub_type = self.sub_type
        if strict and sub_type is not None:
            # JSON in strict mode: only the value's own JSON type
            expected = {'int': int, 'str': str, 'float': (int, float)}[sub_type]
            if isinstance(input, bool) or not isinstance(input, expected):
                return _MISSING
        if sub_type == 'int':
            try:
                return lax_int(input) if type(input) is not int else input
            except ValError:
                return _MISSING
        if sub_type == 'str':
            if isinstance(input, str):
                return str.__str__(input)
            if isinstance(input, (bytes, bytearray)) and not strict:
                try:
                    return bytes(input).decode()  # lax: bytes are read as text, as natively
                except UnicodeDecodeError:
                    return _MISSING
            return _MISSING
        if sub_type == 'float':
            if isinstance(input, bool):
                return _MISSING
            if isinstance(input, (int, float)):
                return float(input)
            if isinstance(input, str):
                try:
                    return float(input.strip())
                except ValueError:
                    return _MISSING
            return _MISSING
        return input
