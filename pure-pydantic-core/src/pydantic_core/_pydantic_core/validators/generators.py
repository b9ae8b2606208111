"""generator: a lazy iterator that validates each item as it is consumed."""

from __future__ import annotations

from .._state import PYTHON, STRINGS
from ..errors import LineError, ValError, ValidationError, val_error
from ._base import Validator, register


class ValidatorIterator:
    """What a generator schema returns: iterating validates the items one by one."""

    __slots__ = ('_iterator', '_validator', '_state', '_index', '_max_length', '_min_length', '_input', '_hide_input')

    def __init__(self, iterator, validator, state, max_length, min_length, input):
        self._iterator = iterator
        self._validator = validator
        self._state = state
        self._index = 0
        self._max_length = max_length
        self._min_length = min_length
        self._input = input

    def __iter__(self):
        return self

    def __next__(self):
        try:
            item = next(self._iterator)
        except StopIteration:
            if self._min_length is not None and self._index < self._min_length:
                line = LineError('too_short', self._input, {'field_type': 'Generator', 'min_length': self._min_length, 'actual_length': self._index})
                raise ValidationError('ValidatorIterator', [line]) from None
            raise
        if self._max_length is not None and self._index >= self._max_length:
            line = LineError('too_long', self._input, {'field_type': 'Generator', 'max_length': self._max_length, 'actual_length': None})
            raise ValidationError('ValidatorIterator', [line])
        index = self._index
        self._index += 1
        if self._validator is None:
            return item
        try:
            return self._validator.validate(item, self._state)
        except ValError as exc:
            raise ValidationError('ValidatorIterator', exc.with_loc(index).line_errors) from None

    @property
    def index(self) -> int:
        return self._index

    def __repr__(self) -> str:
        schema = 'None' if self._validator is None else f'Some({self._validator!r})'
        return f'ValidatorIterator(index={self._index}, schema={schema})'

    __str__ = __repr__


ValidatorIterator.__module__ = 'pydantic_core._pydantic_core'


@register('generator')
class GeneratorValidator(Validator):
    __slots__ = ('item_validator', 'min_length', 'max_length')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        items = schema.get('items_schema')
        self.item_validator = ctx.build(items) if items is not None else None
        self.min_length = schema.get('min_length')
        self.max_length = schema.get('max_length')
        self.name = f'generator[{self.item_validator.name if self.item_validator is not None else "any"}]'
        return self

    def validate(self, input, state):
        if state.mode is not PYTHON and (state.mode is STRINGS or not isinstance(input, (list, str, dict))):
            raise val_error('iterable_type', input)
        try:
            iterator = iter(input)
        except TypeError:
            raise val_error('iterable_type', input) from None
        return ValidatorIterator(iterator, self.item_validator, state, self.max_length, self.min_length, input)
