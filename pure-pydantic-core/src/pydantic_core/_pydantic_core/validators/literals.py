"""literal: the input must be one of the expected values.

Lookups by kind, as natively: a bool input matches bool literals, an int input
int literals, a str input str literals; anything else (and those when not
found) is looked up by Python equality among all hashable expected values, so
1.0 finds 1 and the str 'x' finds a str enum member whose value is 'x'.
"""

from __future__ import annotations

from ..errors import SchemaError, val_error
from ._base import Validator, register


def expected_repr(values) -> str:
    """"'a', 'b' or 'c'": how the native core lists expected values in messages."""
    reprs = [repr(v) for v in values]
    if len(reprs) == 1:
        return reprs[0]
    return f'{", ".join(reprs[:-1])} or {reprs[-1]}'


_MISSING = object()


@register('literal')
class LiteralValidator(Validator):
    __slots__ = ('by_bool', 'by_int', 'by_str', 'by_type', 'by_equality', 'unhashable', 'expected')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        expected = schema['expected']
        if not expected:
            raise SchemaError('`expected` should have length > 0')
        self.by_bool = {}
        self.by_int = {}
        self.by_str = {}
        self.by_type = {}
        self.by_equality = {}
        self.unhashable = []
        for value in expected:
            if type(value) is bool:
                self.by_bool.setdefault(value, value)
            elif type(value) is int:
                self.by_int.setdefault(value, value)
            elif type(value) is str:
                self.by_str.setdefault(value, value)
            try:
                self.by_equality[value] = value
                self.by_type.setdefault((type(value), value), value)
            except TypeError:
                self.unhashable.append(value)
        self.expected = expected_repr(expected)
        self.name = f'literal[{",".join(repr(v) for v in expected)}]'
        return self

    def debug_struct(self):
        return 'Literal', 'LiteralValidator', [('expected_repr', self.expected), ('name', self.name)]

    def validate(self, input, state):
        cls = type(input)
        if cls is bool:
            found = self.by_bool.get(input, _MISSING)
        elif cls is int:
            found = self.by_int.get(input, _MISSING)
        elif cls is str:
            found = self.by_str.get(input, _MISSING)
        else:
            found = _MISSING
        if found is not _MISSING:
            return found
        try:
            # a value of the same type first (an enum member over an equal int), as natively
            return self.by_type[(cls, input)]
        except (KeyError, TypeError):
            pass
        try:
            return self.by_equality[input]
        except (KeyError, TypeError):
            pass
        for value in self.unhashable:
            if value == input:
                return value
        raise val_error('literal_error', input, {'expected': self.expected})
