"""literal: the input must equal one of the expected values (Python equality and hashing)."""

from __future__ import annotations

from ..errors import val_error
from ._base import Validator, register


def expected_repr(values) -> str:
    """"'a', 'b' or 'c'": how the native core lists expected values in messages."""
    reprs = [repr(v) for v in values]
    if len(reprs) == 1:
        return reprs[0]
    return f'{", ".join(reprs[:-1])} or {reprs[-1]}'


@register('literal')
class LiteralValidator(Validator):
    __slots__ = ('lookup', 'unhashable', 'expected')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        expected = schema['expected']
        if not expected:
            raise ValueError('`expected` should have length > 0')
        # A dict gives the native matching: 1.0 finds 1, True finds 1 when both are listed the last wins.
        self.lookup = {}
        self.unhashable = []
        for value in expected:
            try:
                self.lookup[value] = value
            except TypeError:
                self.unhashable.append(value)
        self.expected = expected_repr(expected)
        self.name = f'literal[{",".join(repr(v) for v in expected)}]'
        return self

    def validate(self, input, state):
        try:
            return self.lookup[input]
        except (KeyError, TypeError):
            pass
        for value in self.unhashable:
            if value == input:
                return value
        raise val_error('literal_error', input, {'expected': self.expected})
