"""Some: a present value, as opposed to None meaning "no value" (used by `get_default_value`)."""

from __future__ import annotations

__all__ = ['Some']


class Some:
    __slots__ = ('_value',)
    __match_args__ = ('value',)

    def __init__(self, value):
        self._value = value

    @property
    def value(self):
        return self._value

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self) -> str:
        return f'Some({self._value!r})'
