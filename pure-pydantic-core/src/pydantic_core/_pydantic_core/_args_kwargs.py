"""ArgsKwargs: positional and keyword arguments of a call, the input of arguments and dataclass schemas."""

from __future__ import annotations

__all__ = ['ArgsKwargs']


class ArgsKwargs:
    __slots__ = ('_args', '_kwargs')
    __hash__ = None

    def __init__(self, args, kwargs=None):
        if not isinstance(args, tuple):
            raise TypeError(f"argument 'args': '{type(args).__name__}' object is not an instance of 'tuple'")
        if kwargs is not None and not isinstance(kwargs, dict):
            raise TypeError(f"argument 'kwargs': '{type(kwargs).__name__}' object is not an instance of 'dict'")
        self._args = args
        self._kwargs = kwargs or None  # an empty dict is the same as none

    @property
    def args(self) -> tuple:
        return self._args

    @property
    def kwargs(self):
        return self._kwargs

    def __eq__(self, other):
        if not isinstance(other, ArgsKwargs):
            return NotImplemented
        return self._args == other._args and self._kwargs == other._kwargs

    def __repr__(self) -> str:
        if self._kwargs is None:
            return f'ArgsKwargs({self._args!r})'
        return f'ArgsKwargs({self._args!r}, {self._kwargs!r})'
