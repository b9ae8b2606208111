"""The internal form of validation errors, before they become a ValidationError.

A validator that rejects its input raises `ValError` holding one or more
`LineError`s. Containers catch it, add their part of the location with
`with_loc` and collect the lines; `SchemaValidator` turns the final list into
a `ValidationError`. Locations are stored innermost first (appending while the
error travels outwards is cheap) and reversed once at the end.
"""

from __future__ import annotations

__all__ = ['LineError', 'ValError', 'val_error', 'custom_line_error']


class LineError:
    """One error line: a known type (`template is None`) or a custom one with its own template."""

    __slots__ = ('type', 'context', 'input', 'loc', 'template')

    def __init__(self, error_type: str, input, context: dict | None = None, template: str | None = None, loc=None):
        self.type = error_type
        self.input = input
        self.context = context
        self.template = template
        self.loc = loc if loc is not None else []

    def loc_tuple(self) -> tuple:
        return tuple(reversed(self.loc))

    def __repr__(self) -> str:
        return f'LineError({self.type!r}, loc={self.loc_tuple()!r}, input={self.input!r}, context={self.context!r})'


class ValError(Exception):
    """Raised by validators; carries the error lines (never seen by users)."""

    __slots__ = ('line_errors',)

    def __init__(self, line_errors: list[LineError]):
        self.line_errors = line_errors

    def with_loc(self, item) -> ValError:
        """Prefix every line's location with `item` (a field name or an index) and return self."""
        for line in self.line_errors:
            line.loc.append(item)
        return self

    def __repr__(self) -> str:
        return f'ValError({self.line_errors!r})'


def val_error(error_type: str, input, context: dict | None = None) -> ValError:
    """The common case: one known error for `input`."""
    return ValError([LineError(error_type, input, context)])


def custom_line_error(exc, input) -> LineError:
    """A LineError from a PydanticCustomError or PydanticKnownError raised by user code."""
    template = getattr(exc, '_custom_template', None)
    return LineError(exc.type, input, exc.context, template)
