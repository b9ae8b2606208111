"""Known error types: their message templates and how a context renders.

`KNOWN_ERRORS[type]` is an `ErrorKind`; `render_message` fills its template
from a context the way the native core does (numbers without a needless
'.0', plurals derived from the count, unknown placeholders left as they are).
"""

from __future__ import annotations

from decimal import Decimal

from .error_types import ERROR_TYPES

__all__ = ['ErrorKind', 'KNOWN_ERRORS', 'render_message', 'render_custom', 'format_number', 'format_float', 'list_all_errors']

# The context key whose value decides `{expected_plural}` ('' for exactly one, else 's').
_PLURAL_SOURCE = ('min_length', 'max_length', 'max_digits', 'decimal_places', 'whole_digits')

_KIND_NAMES = {'str': 'String', 'int': 'usize', 'int_or_none': 'usize', 'number': 'Number', 'i32': 'i32'}
_USIZE_MAX = 2**64
_I32 = 2**31


def _camel(error_type: str) -> str:
    return ''.join(part.capitalize() for part in error_type.split('_'))


class ErrorKind:
    """One known error type, prepared once: templates split into literal text and context keys."""

    __slots__ = ('type', 'template_python', 'template_json', 'kinds', 'example_context', 'plural_key', 'camel')

    def __init__(self, error_type, template_python, template_json, kinds, example_context):
        self.type = error_type
        self.template_python = template_python
        self.template_json = template_json
        self.kinds = kinds
        self.example_context = example_context
        self.plural_key = next((k for k in _PLURAL_SOURCE if k in kinds), None)
        self.camel = _camel(error_type)

    def template(self, input_type: str) -> str:
        if input_type == 'json' and self.template_json is not None:
            return self.template_json
        return self.template_python

    def check_context(self, context: dict | None) -> None:
        """Raise TypeError like the native core when a required context value is absent or of the wrong kind."""
        for key, kind in self.kinds.items():
            if context is None or key not in context:
                raise TypeError(f"{self.camel}: '{key}' required in context")
            value = context[key]
            if kind == 'any':
                continue
            if kind == 'str':
                ok = isinstance(value, str)
            elif kind == 'int':
                ok = isinstance(value, int) and 0 <= value < _USIZE_MAX
            elif kind == 'i32':
                ok = isinstance(value, int) and -_I32 <= value < _I32
            elif kind == 'int_or_none':
                ok = value is None or (isinstance(value, int) and 0 <= value < _USIZE_MAX)
            else:  # number
                ok = isinstance(value, (int, float, str, Decimal))
            if not ok:
                raise TypeError(f"{self.camel}: '{key}' context value must be a {_KIND_NAMES[kind]}")

    def render(self, context: dict | None, input_type: str = 'python') -> str:
        template = self.template(input_type)
        if not self.kinds or context is None:
            return template
        out = template
        for key, kind in self.kinds.items():
            if key not in context:
                continue
            value = context[key]
            if kind == 'number':
                text = format_number(value)
            elif kind == 'int_or_none' and value is None:
                text = 'more'
            elif kind in ('int', 'int_or_none', 'i32'):
                text = str(int(value))
            else:
                text = str(value)
            out = out.replace('{' + key + '}', text)
        if self.plural_key is not None and '{expected_plural}' in out:
            count = context.get(self.plural_key)
            out = out.replace('{expected_plural}', '' if count == 1 else 's')
        return out


KNOWN_ERRORS: dict[str, ErrorKind] = {row[0]: ErrorKind(*row) for row in ERROR_TYPES}
# Offsets are signed 32-bit numbers, not sizes.
KNOWN_ERRORS['timezone_offset'].kinds = {'tz_expected': 'i32', 'tz_actual': 'i32'}


def render_message(error_type: str, context: dict | None, input_type: str = 'python') -> str:
    return KNOWN_ERRORS[error_type].render(context, input_type)


def render_custom(template: str, context: dict | None) -> str:
    """A PydanticCustomError's message: each `{key}` of the context replaced by `str(value)`."""
    if not context:
        return template
    for key, value in context.items():
        if not isinstance(key, str):
            raise TypeError(f"'{type(key).__name__}' object is not an instance of 'str'")
        placeholder = '{' + key + '}'
        if placeholder in template:
            if isinstance(value, str):
                text = value
            elif isinstance(value, bool):  # the native core renders booleans of custom contexts as numbers
                text = '1' if value else '0'
            else:
                text = str(value)
            template = template.replace(placeholder, text)
    return template


def format_float(value: float) -> str:
    """A float as Rust's Display prints it: shortest round-trip digits, never an exponent, no '.0'."""
    if value != value:
        return 'NaN'
    if value in (float('inf'), float('-inf')):
        return 'inf' if value > 0 else '-inf'
    text = repr(value)
    if 'e' in text or 'E' in text:
        text = format(Decimal(text), 'f')
    if '.' in text:
        text = text.rstrip('0').rstrip('.')
    return text


def format_number(value) -> str:
    """A number-kind context value (int, float, Decimal, or a string kept as is)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return '1' if value else '0'
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, Decimal):
        return format_float(float(value))
    if isinstance(value, float):
        return format_float(value)
    return str(value)


def list_all_errors() -> list[dict]:
    """Every known error type with its templates and an example (the stub's `ErrorTypeInfo`)."""
    result = []
    for kind in KNOWN_ERRORS.values():
        info = {
            'type': kind.type,
            'message_template_python': kind.template_python,
            'example_message_python': kind.render(kind.example_context, 'python'),
        }
        if kind.template_json is not None:
            info['message_template_json'] = kind.template_json
            info['example_message_json'] = kind.render(kind.example_context, 'json')
        info['example_context'] = dict(kind.example_context) if kind.example_context is not None else None
        result.append(info)
    return result
