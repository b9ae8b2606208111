"""The repr of SchemaValidator / SchemaSerializer: the shape of the native (Rust `{:#?}`) dumps.

Only the outline matters (tests look for the variant names and a few fields):
each validator and serializer says what it is with `debug_struct()` returning
(variant, struct name, [(field, value), ...]); values are rendered as Rust's
pretty Debug would (`true`, `None`, `Some(5)`, `"text"`, nested structs).
"""

from __future__ import annotations

__all__ = ['Raw', 'Some', 'Tuple', 'render', 'render_compact', 'variant_of']


class Raw:
    """A token printed as is (an enum variant such as `Never`, or a type name)."""

    __slots__ = ('text',)

    def __init__(self, text: str):
        self.text = text


class Some:
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value


class Tuple:
    """`Name(value, ...)`: a tuple struct or enum variant with contents."""

    __slots__ = ('name', 'values')

    def __init__(self, name: str, *values):
        self.name = name
        self.values = values


def variant_of(class_name: str, suffix: str) -> str:
    """'IntValidator' -> 'Int'."""
    return class_name[: -len(suffix)] if class_name.endswith(suffix) else class_name


def _str(text: str) -> str:
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n') + '"'


def _struct_of(value):
    debug = getattr(value, 'debug_struct', None)
    return debug() if debug is not None else None


def pretty_to_compact(text: str) -> str:
    """A `{:#?}` text in the `{:?}` form (for debug texts written whole, like the temporal validators')."""
    out = []
    for line in text.split('\n'):
        line = line.strip()
        out.append(line if line.endswith('(') else line + ' ')
    return ''.join(out).rstrip().replace(', }', ' }').replace(', )', ')').replace(',)', ')')


def render(value, indent: int = 0) -> str:
    """Pretty form, as `{:#?}`."""
    text = getattr(value, 'debug_text', None)
    if text is not None and not isinstance(value, type):
        variant, body = text(indent + 1)
        return f'{variant}(\n{"    " * (indent + 1)}{body},\n{"    " * indent})'
    pad = '    ' * indent
    inner = '    ' * (indent + 1)
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if value is None:
        return 'None'
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, str):
        return _str(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Some):
        return f'Some(\n{inner}{render(value.value, indent + 1)},\n{pad})'
    if isinstance(value, Tuple):
        if not value.values:
            return value.name
        parts = ''.join(f'{inner}{render(v, indent + 1)},\n' for v in value.values)
        return f'{value.name}(\n{parts}{pad})'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        parts = ''.join(f'{inner}{render(v, indent + 1)},\n' for v in value)
        return f'[\n{parts}{pad}]'
    if isinstance(value, dict):
        if not value:
            return '{}'
        parts = ''.join(f'{inner}{render(k, indent + 1)}: {render(v, indent + 1)},\n' for k, v in value.items())
        return f'{{\n{parts}{pad}}}'
    struct = _struct_of(value)
    if struct is not None:
        variant, name, fields = struct
        level = indent if variant is None else indent + 1
        if not fields:
            body = name
        else:
            deeper = '    ' * (level + 1)
            parts = ''.join(f'{deeper}{key}: {render(val, level + 1)},\n' for key, val in fields)
            body = f'{name} {{\n{parts}{"    " * level}}}'
        if variant is None:
            return body
        return f'{variant}(\n{inner}{body},\n{pad})'
    return repr(value)


def render_compact(value) -> str:
    """Single-line form, as `{:?}`."""
    text = getattr(value, 'debug_text', None)
    if text is not None and not isinstance(value, type):
        variant, body = text(0)
        return f'{variant}({pretty_to_compact(body)})'
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if value is None:
        return 'None'
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, str):
        return _str(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Some):
        return f'Some({render_compact(value.value)})'
    if isinstance(value, Tuple):
        if not value.values:
            return value.name
        return f'{value.name}({", ".join(render_compact(v) for v in value.values)})'
    if isinstance(value, (list, tuple)):
        return '[' + ', '.join(render_compact(v) for v in value) + ']'
    if isinstance(value, dict):
        return '{' + ', '.join(f'{render_compact(k)}: {render_compact(v)}' for k, v in value.items()) + '}'
    struct = _struct_of(value)
    if struct is not None:
        variant, name, fields = struct
        if not fields:
            body = name
        else:
            body = f'{name} {{ ' + ', '.join(f'{k}: {render_compact(v)}' for k, v in fields) + ' }'
        return f'{variant}({body})' if variant is not None else body
    return repr(value)
