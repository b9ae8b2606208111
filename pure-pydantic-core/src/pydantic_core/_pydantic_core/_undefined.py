"""PydanticUndefined: the sentinel for "no value" (no default, field not given)."""

from __future__ import annotations

__all__ = ['PydanticUndefinedType', 'PydanticUndefined']


class PydanticUndefinedType:
    __slots__ = ()
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is not None:
            raise NotImplementedError('Creating instances of "UndefinedType" is not supported')
        return super().__new__(cls)

    @classmethod
    def new(cls):
        return cls._instance

    def __repr__(self) -> str:
        return 'PydanticUndefined'

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return 'PydanticUndefined'


PydanticUndefined = PydanticUndefinedType()
PydanticUndefinedType._instance = PydanticUndefined
