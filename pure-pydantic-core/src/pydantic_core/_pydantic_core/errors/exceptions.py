"""The exception classes of the public API, other than ValidationError.

Their state is set in `__new__` (as the native classes do), so that subclasses
may override `__new__` with other signatures; `__init__` accepts anything.
"""

from __future__ import annotations

from .messages import KNOWN_ERRORS, render_custom

__all__ = [
    'PydanticCustomError',
    'PydanticKnownError',
    'PydanticOmit',
    'PydanticUseDefault',
    'PydanticSerializationError',
    'PydanticSerializationUnexpectedValue',
    'SchemaError',
]


def _check_context_type(context):
    if context is not None and not isinstance(context, dict):
        raise TypeError(f"argument 'context': '{type(context).__name__}' object is not an instance of 'dict'")


class PydanticCustomError(ValueError):
    """An error with its own type, message template and context, raised by user validators."""

    def __new__(cls, error_type, message_template, context=None, /):
        _check_context_type(context)
        self = super().__new__(cls)
        self._error_type = error_type
        self._custom_template = message_template
        self._context = context
        self.args = (error_type, message_template) if context is None else (error_type, message_template, context)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def type(self) -> str:
        return self._error_type

    @property
    def message_template(self) -> str:
        return self._custom_template

    @property
    def context(self):
        return self._context

    def message(self) -> str:
        return render_custom(self._custom_template, self._context)

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        return f'{self.message()} [type={self._error_type}, context={self._context!r}]'

    def __reduce__(self):
        return type(self), (self._error_type, self._custom_template, self._context)


class PydanticKnownError(ValueError):
    """An error of one of the known types (see `list_all_errors()`), raised by user validators."""

    def __new__(cls, error_type, context=None, /):
        kind = KNOWN_ERRORS.get(error_type)
        if kind is None:
            raise KeyError(f'Invalid error type: {error_type!r}')
        _check_context_type(context)
        kind.check_context(context)
        if context and kind.kinds and list(context)[: len(kind.kinds)] != list(kind.kinds):
            # The native context lists the type's own keys first.
            context = {**{k: context[k] for k in kind.kinds}, **context}
        self = super().__new__(cls)
        self._kind = kind
        self._context = context
        self.args = (error_type,) if context is None else (error_type, context)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def type(self) -> str:
        return self._kind.type

    @property
    def message_template(self) -> str:
        return self._kind.template_python

    @property
    def context(self):
        return self._context

    def message(self) -> str:
        return self._kind.render(self._context)

    def __str__(self) -> str:
        return self.message()

    def __repr__(self) -> str:
        return f'{self.message()} [type={self._kind.type}, context={self._context!r}]'

    def __reduce__(self):
        return type(self), self.args


class PydanticOmit(Exception):
    """Raised by a validator or serializer to drop the current item from its container."""

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = ()
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self) -> str:
        return 'PydanticOmit()'

    def __str__(self) -> str:
        return 'PydanticOmit()'


class PydanticUseDefault(Exception):
    """Raised by a validator to make the enclosing default schema use its default."""

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = ()
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __repr__(self) -> str:
        return 'PydanticUseDefault()'

    def __str__(self) -> str:
        return 'PydanticUseDefault()'


class PydanticSerializationError(ValueError):
    """Serialization failed."""

    def __init__(self, message, /):
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ''

    def __repr__(self) -> str:
        return f'PydanticSerializationError({self})'


class PydanticSerializationUnexpectedValue(ValueError):
    """A value did not match the serializer's schema (usually turned into a warning)."""

    def __init__(self, message=None, /):
        if message is None:
            super().__init__()
        else:
            super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else 'Unexpected Value'

    def __repr__(self) -> str:
        return f'PydanticSerializationUnexpectedValue({self})'


class SchemaError(Exception):
    """A core schema could not be built into a validator or serializer."""

    def __init__(self, message, /):
        super().__init__(message)
        self._validation_error = None

    @classmethod
    def _from_validation_error(cls, message: str, validation_error) -> SchemaError:
        self = cls(message)
        self._validation_error = validation_error
        return self

    def error_count(self) -> int:
        return 0 if self._validation_error is None else self._validation_error.error_count()

    def errors(self) -> list:
        return [] if self._validation_error is None else self._validation_error.errors()

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ''

    def __repr__(self) -> str:
        # Rust's Debug form of the message: double quotes, escaped.
        text = str(self).replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
        return f'SchemaError("{text}")'
