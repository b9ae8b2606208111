"""is-instance, is-subclass and callable: checks on Python objects, no conversion."""

from __future__ import annotations

from .._state import LAX, PYTHON
from ..errors import SchemaError, val_error
from ._base import Validator, register


def _class_repr(cls) -> str:
    return getattr(cls, '__qualname__', None) or getattr(cls, '__name__', None) or repr(cls)


@register('is-instance')
class IsInstanceValidator(Validator):
    __slots__ = ('cls', 'class_repr')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.cls = schema['cls']
        try:
            isinstance(None, self.cls)
        except TypeError:
            raise SchemaError("'cls' must be valid as the first argument to 'isinstance'") from None
        cls_repr = schema.get('cls_repr')
        if cls_repr is None:
            cls_repr = self.cls.__qualname__ if isinstance(self.cls, type) else repr(self.cls)
        self.class_repr = cls_repr
        self.name = f'is-instance[{cls_repr}]'
        return self

    def validate(self, input, state):
        if state.mode is not PYTHON:
            raise val_error('needs_python_object', input, {'method_name': 'isinstance'})
        if isinstance(input, self.cls):
            return input
        raise val_error('is_instance_of', input, {'class': self.class_repr})


@register('is-subclass')
class IsSubclassValidator(Validator):
    __slots__ = ('cls', 'class_repr')

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.cls = schema['cls']
        if not isinstance(self.cls, type):
            raise TypeError(f"'{type(self.cls).__name__}' object is not an instance of 'type'")
        self.class_repr = schema.get('cls_repr') or getattr(self.cls, '__qualname__', None) or repr(self.cls)
        self.name = f'is-subclass[{self.class_repr}]'
        return self

    def validate(self, input, state):
        if state.mode is not PYTHON:
            raise val_error('needs_python_object', input, {'method_name': 'issubclass'})
        try:
            ok = isinstance(input, type) and issubclass(input, self.cls)
        except TypeError:
            ok = False
        if ok:
            return input
        raise val_error('is_subclass_of', input, {'class': self.class_repr})


@register('callable')
class CallableValidator(Validator):
    __slots__ = ()

    @classmethod
    def build(cls, schema, ctx):
        self = cls()
        self.name = 'callable'
        return self

    def validate(self, input, state):
        if state.mode is PYTHON and callable(input):
            state.floor_exactness(LAX)
            return input
        raise val_error('callable_type', input)
