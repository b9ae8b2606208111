"""ValidationError: the public exception holding the error lines of one validation."""

from __future__ import annotations

import os
import warnings

from .._undefined import PydanticUndefined
from .exceptions import PydanticCustomError
from .input_repr import truncated_repr
from .line_error import LineError
from .messages import KNOWN_ERRORS, render_custom

__all__ = ['ValidationError', 'error_url', 'loc_from_user']

_url_prefix: str | None = None
_include_url_in_str: bool | None = None


def _docs_url_prefix() -> str:
    """'https://errors.pydantic.dev/<pydantic major.minor>/v/', looked up once, lazily (pydantic imports us)."""
    global _url_prefix
    if _url_prefix is None:
        try:
            import pydantic.version

            version = '.'.join(pydantic.version.VERSION.split('.')[:2])
        except Exception:
            version = 'latest'
        _url_prefix = f'https://errors.pydantic.dev/{version}/v/'
    return _url_prefix


def error_url(error_type: str) -> str:
    return _docs_url_prefix() + error_type


def _urls_in_str() -> bool:
    """Whether `str()` shows documentation links: PYDANTIC_ERRORS_INCLUDE_URL, read once."""
    global _include_url_in_str
    if _include_url_in_str is None:
        value = os.environ.get('PYDANTIC_ERRORS_INCLUDE_URL')
        if value is not None:
            _include_url_in_str = value.lower() in ('1', 'true')
        elif 'PYDANTIC_ERRORS_OMIT_URL' in os.environ:
            warnings.warn(
                'PYDANTIC_ERRORS_OMIT_URL is deprecated, use PYDANTIC_ERRORS_INCLUDE_URL instead', DeprecationWarning
            )
            _include_url_in_str = False
        else:
            _include_url_in_str = True
    return _include_url_in_str


def loc_from_user(loc) -> list:
    """An InitErrorDetails location (list or tuple of str and int) as an internal, reversed loc."""
    if not isinstance(loc, (list, tuple)):
        raise TypeError('Location must be a list or tuple of strings and ints')
    out = []
    for item in loc:
        if isinstance(item, str):
            out.append(str(item))
        elif isinstance(item, int):
            out.append(int(item))
        else:
            out.append(str(item))
    out.reverse()
    return out


def _loc_str(loc: tuple) -> str:
    return '.'.join(f'`{item}`' if isinstance(item, str) and '.' in item else str(item) for item in loc)


class ValidationError(ValueError):
    """Raised when validation fails; holds one line per error."""

    def __new__(cls, title, line_errors, input_type='python', hide_input=False):
        self = super().__new__(cls)
        self._title = title
        self._lines = list(line_errors)
        self._input_type = input_type
        self._hide_input = hide_input
        self.args = (title, self._lines, input_type, hide_input)
        return self

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def from_exception_data(cls, title, line_errors, input_type='python', hide_input=False):
        if input_type not in ('python', 'json'):
            raise ValueError(f"Invalid input type: {input_type!r}, expected 'python' or 'json'")
        lines = []
        for details in line_errors:
            error_type = details['type']
            input = details.get('input')
            loc = loc_from_user(details['loc']) if 'loc' in details else []
            if isinstance(error_type, PydanticCustomError):
                lines.append(LineError(error_type.type, input, error_type.context, error_type.message_template, loc))
            elif isinstance(error_type, str):
                kind = KNOWN_ERRORS.get(error_type)
                if kind is None:
                    raise KeyError(f'Invalid error type: {error_type!r}')
                context = details.get('ctx')
                kind.check_context(context)
                lines.append(LineError(error_type, input, context, None, loc))
            else:
                raise TypeError('`type` should be a `str` or `PydanticCustomError`')
        return cls(title, lines, input_type, hide_input)

    @property
    def title(self) -> str:
        return self._title

    def error_count(self) -> int:
        return len(self._lines)

    def _message(self, line: LineError) -> str:
        if line.template is not None:
            return render_custom(line.template, line.context)
        return KNOWN_ERRORS[line.type].render(line.context, self._input_type)

    def errors(self, *, include_url: bool = True, include_context: bool = True, include_input: bool = True) -> list:
        result = []
        for line in self._lines:
            details = {'type': line.type, 'loc': line.loc_tuple(), 'msg': self._message(line)}
            if include_input:
                details['input'] = line.input
            if include_context and line.context is not None:
                details['ctx'] = line.context
            if include_url and line.template is None:
                details['url'] = error_url(line.type)
            result.append(details)
        return result

    def json(self, *, indent=None, include_url: bool = True, include_context: bool = True, include_input: bool = True) -> str:
        from .._json_output import errors_to_json

        try:
            details = self.errors(include_url=False, include_context=include_context, include_input=include_input)
        except Exception as exc:  # noqa: BLE001
            raise ValueError(f'Error serializing ValidationError to JSON: {type(exc).__name__}: {exc}') from None
        if include_url:
            # The native json() links custom error types too.
            for entry in details:
                entry['url'] = error_url(entry['type'])
        return errors_to_json(details, indent)

    def __str__(self) -> str:
        count = len(self._lines)
        parts = [f'{count} validation error{"" if count == 1 else "s"} for {self._title}']
        with_url = _urls_in_str()
        for line in self._lines:
            loc = line.loc_tuple()
            if loc:
                parts.append(_loc_str(loc))
            if self._hide_input or line.input is PydanticUndefined:
                detail = f'[type={line.type}]'
            else:
                detail = f'[type={line.type}, input_value={truncated_repr(line.input)}, input_type={type(line.input).__qualname__}]'
            try:
                message = self._message(line)
            except Exception as exc:  # noqa: BLE001 - shown in place of the message, as natively
                message = f'(error rendering message: {type(exc).__name__}: {exc})'
            parts.append(f'  {message} {detail}')
            if with_url and line.template is None:
                parts.append(f'    For further information visit {error_url(line.type)}')
        return '\n'.join(parts) + ('' if count else '\n')

    def __repr__(self) -> str:
        return str(self)

    def __reduce__(self):
        return type(self).from_exception_data, (self._title, self.errors(), self._input_type, self._hide_input)

