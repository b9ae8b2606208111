"""Validation behind the 'url' and 'multi-host-url' core schemas, and the URL constructors.

`UrlValidator` / `MultiHostUrlValidator` are built once per schema and called per
input; they return a URL instance or raise ErrorSpec with the native error type
and context.
"""

from .._error_spec import ErrorSpec
from ._fast import fast_parse
from ._multi import parse_multi, path_is_empty
from ._parser import parse, parse_slow
from ._build import apply_defaults
from ._types import MultiHostUrl, Url, _new_multi, _new_url, make_multi_host_url, make_url

__all__ = ['UrlValidator', 'MultiHostUrlValidator', 'construct_url', 'construct_multi_host_url', 'input_text']

_new = object.__new__


def input_text(value, strict: bool):
    """The URL text of a str (or, when lax, bytes/bytearray) input; None for any other type."""
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode('utf-8')
            except UnicodeEncodeError:
                raise ErrorSpec('string_unicode') from None
        return value
    if not strict and isinstance(value, (bytes, bytearray)):
        try:
            return value.decode('utf-8')
        except UnicodeDecodeError:
            return None
    return None


def parse_text(text: str, strict: bool, fast_tried: bool = False):
    """The parts of one URL text, or ErrorSpec."""
    if not text:
        raise ErrorSpec('url_parsing', {'error': 'input is empty'})
    parts, violation = (parse_slow if fast_tried else parse)(text, strict)
    if violation is not None:
        raise ErrorSpec('url_syntax_violation', {'error': violation})
    return parts


def construct_url(cls, value, preserve_empty_path: bool):
    """`Url(value)`: lax validation with no constraints, as a ValidationError titled 'url'.

    A Url argument is taken as it is (preserve_empty_path does not apply again); a
    MultiHostUrl argument is parsed again from its text.
    """
    if isinstance(value, Url):
        return _new_url(cls, value._parts, value._str, value._key, value._empty_path)
    try:
        if isinstance(value, MultiHostUrl):
            text = value._str
        else:
            text = input_text(value, False)
            if text is None:
                raise ErrorSpec('url_type')
        parts = parse_text(text, False)
    except ErrorSpec as spec:
        raise _validation_error('url', spec, value) from None
    return make_url(cls, parts, preserve_empty_path, preserve_empty_path and path_is_empty(text))


def construct_multi_host_url(cls, value, preserve_empty_path: bool):
    """`MultiHostUrl(value)`; a Url argument becomes the single host as it is, without a new parse."""
    if isinstance(value, MultiHostUrl):
        return _new_multi(cls, value._parts, value._extra, value._str, value._key, value._empty_path)
    if isinstance(value, Url):
        return make_multi_host_url(cls, value._parts, [], True, value._empty_path)
    try:
        text = input_text(value, False)
        if text is None:
            raise ErrorSpec('url_type')
        if not text:
            raise ErrorSpec('url_parsing', {'error': 'input is empty'})
        parts, extra = parse_multi(text, False)
    except ErrorSpec as spec:
        raise _validation_error('multi-host-url', spec, value) from None
    return make_multi_host_url(cls, parts, extra, preserve_empty_path, preserve_empty_path and path_is_empty(text))


def _validation_error(title: str, spec: ErrorSpec, value):
    from .. import ValidationError

    line = {'type': spec.error_type, 'loc': (), 'input': value}
    if spec.context is not None:
        line['ctx'] = spec.context
    return ValidationError.from_exception_data(title, [line])


def _expected_schemes(schemes) -> str:
    quoted = [f"'{scheme}'" for scheme in schemes]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' or ' + quoted[-1]


class _Constraints:
    """The schema settings shared by both validators, checked once at build time."""

    __slots__ = (
        'max_length',
        'allowed_schemes',
        'expected_schemes',
        'host_required',
        'default_host',
        'default_port',
        'default_path',
        'preserve_empty_path',
        'strict',
        'has_defaults',
    )

    def __init__(
        self,
        *,
        max_length=None,
        allowed_schemes=None,
        host_required=False,
        default_host=None,
        default_port=None,
        default_path=None,
        preserve_empty_path=False,
        strict=False,
    ):
        if allowed_schemes is not None:
            if len(allowed_schemes) == 0:
                raise ValueError('`allowed_schemes` should have length > 0')
            self.allowed_schemes = frozenset(allowed_schemes)
            self.expected_schemes = _expected_schemes(allowed_schemes)
        else:
            self.allowed_schemes = None
            self.expected_schemes = None
        if default_port is not None and not 0 <= default_port <= 65535:
            raise OverflowError('out of range integral type conversion attempted')
        self.max_length = max_length
        self.host_required = bool(host_required)
        self.default_host = default_host
        self.default_port = default_port
        self.default_path = default_path
        self.preserve_empty_path = bool(preserve_empty_path)
        self.strict = bool(strict)
        self.has_defaults = default_host is not None or default_port is not None or default_path is not None

    def _defaults_apply(self, parts) -> bool:
        """Whether a default would change these parts (else a URL instance is returned as it is)."""
        return (
            (self.default_host is not None and not parts.host)
            or (self.default_port is not None and parts.port is None)
            or (self.default_path is not None and parts.path in ('', '/'))
        )

    def _check_parts(self, parts, extra=()) -> None:
        if self.allowed_schemes is not None and parts.scheme not in self.allowed_schemes:
            raise ErrorSpec('url_scheme', {'expected_schemes': self.expected_schemes})
        if self.host_required and not parts.host and not extra and self.default_host is None:
            raise ErrorSpec('url_parsing', {'error': 'empty host'})

    def check_length(self, text: str) -> None:
        max_length = self.max_length
        if max_length is not None and len(text) > max_length // 4:
            size = len(text) if text.isascii() else len(text.encode('utf-8'))
            if size > max_length:
                raise ErrorSpec('url_too_long', {'max_length': max_length})


class UrlValidator(_Constraints):
    """The 'url' core schema: `validate(value, strict)` returns a Url or raises ErrorSpec."""

    __slots__ = ()

    def validate(self, value, strict: bool | None = None):
        if strict is None:
            strict = self.strict
        if value.__class__ is str:
            text = value
            if not text.isascii():
                input_text(text, strict)  # rejects lone surrogates
        elif isinstance(value, Url):
            return self._validate_url(value)
        elif isinstance(value, MultiHostUrl):
            text = value._str
        else:
            text = input_text(value, strict)
            if text is None:
                raise ErrorSpec('url_type')
        if self.max_length is not None:
            self.check_length(text)
        parts = fast_parse(text, strict) if text else None
        if parts is None:
            parts = parse_text(text, strict, True)
        if self.allowed_schemes is not None or self.host_required:
            self._check_parts(parts)
        if self.preserve_empty_path:
            empty = path_is_empty(text)
        elif not self.has_defaults:
            key = parts.text or parts.serialize()
            url = _new(Url)
            url._parts = parts
            url._str = url._key = key
            url._empty_path = False
            return url
        else:
            empty = False
        if self.has_defaults:
            apply_defaults(parts, self.default_host, self.default_port, self.default_path)
        return make_url(Url, parts, self.preserve_empty_path, empty)

    def _validate_url(self, value):
        if self.max_length is not None:
            self.check_length(value._str)
        parts = value._parts
        self._check_parts(parts)
        if self.has_defaults and self._defaults_apply(parts):
            parts = parts.copy()
            apply_defaults(parts, self.default_host, self.default_port, self.default_path)
            return make_url(Url, parts, self.preserve_empty_path, value._empty_path)
        return value


class MultiHostUrlValidator(_Constraints):
    """The 'multi-host-url' core schema: `validate(value, strict)` returns a MultiHostUrl or raises ErrorSpec."""

    __slots__ = ()

    def __init__(self, **kwargs):
        default_host = kwargs.get('default_host')
        if default_host is not None and ',' in default_host:
            raise ValueError('default_host cannot contain a comma, see pydantic-core#326')
        super().__init__(**kwargs)

    def validate(self, value, strict: bool | None = None):
        if strict is None:
            strict = self.strict
        if isinstance(value, MultiHostUrl):
            self.check_length(value._str)
            parts = value._parts
            self._check_parts(parts, value._extra)
            if self.has_defaults and self._defaults_apply(parts):
                return self._apply_defaults(parts.copy(), value._extra, value._empty_path)
            return value
        if isinstance(value, Url):
            # a Url becomes the main URL of a MultiHostUrl as it is, without a new parse
            self.check_length(value._str)
            parts = value._parts
            self._check_parts(parts, ())
            if self.has_defaults and self._defaults_apply(parts):
                parts = parts.copy()
                apply_defaults(parts, self.default_host, self.default_port, self.default_path)
            return make_multi_host_url(MultiHostUrl, parts, [], True, value._empty_path)
        text = input_text(value, strict)
        if text is None:
            raise ErrorSpec('url_type')
        self.check_length(text)
        if not text:
            raise ErrorSpec('url_parsing', {'error': 'input is empty'})
        parts, extra = parse_multi(text, strict)
        self._check_parts(parts, extra)
        empty = self.preserve_empty_path and path_is_empty(text)
        if self.has_defaults:
            return self._apply_defaults(parts, extra, empty)
        return make_multi_host_url(MultiHostUrl, parts, extra, self.preserve_empty_path, empty)

    def _apply_defaults(self, parts, extra, empty_path):
        apply_defaults(parts, self.default_host, self.default_port, self.default_path)
        return make_multi_host_url(MultiHostUrl, parts, extra, self.preserve_empty_path, empty_path)
