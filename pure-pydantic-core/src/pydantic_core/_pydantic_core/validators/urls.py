"""url and multi-host-url: thin adapters over the `_url` package's validators."""

from __future__ import annotations

from .._error_spec import ErrorSpec
from .._state import LAX
from ..errors import LineError, ValError
from ._base import Validator, register

_SETTINGS = ('max_length', 'allowed_schemes', 'host_required', 'default_host', 'default_port', 'default_path')


class _UrlValidator(Validator):
    __slots__ = ('core', 'strict')
    type_name = ''

    @classmethod
    def build(cls, schema, ctx):
        from .. import _url

        self = cls()
        settings = {key: schema[key] for key in _SETTINGS if schema.get(key) is not None}
        preserve = schema.get('preserve_empty_path')
        settings['preserve_empty_path'] = ctx.get_config('url_preserve_empty_path', False) if preserve is None else preserve
        self.strict = ctx.is_strict(schema)
        settings['strict'] = self.strict
        core_class = _url.UrlValidator if cls.type_name == 'url' else _url.MultiHostUrlValidator
        self.core = core_class(**settings)
        schemes = schema.get('allowed_schemes')
        self.name = cls.type_name if not schemes else f"{cls.type_name}[{','.join(repr(s) for s in schemes)}]"
        return self

    def validate(self, input, state):
        strict = self.strict if state.strict is None else state.strict
        try:
            value = self.core.validate(input, strict)
        except ErrorSpec as spec:
            raise ValError([LineError(spec.error_type, input, spec.context)]) from None
        if isinstance(input, str):
            state.floor_exactness(LAX)  # natively a URL parsed from text ranks below a str
        return value


@register('url')
class UrlValidator(_UrlValidator):
    __slots__ = ()
    type_name = 'url'


@register('multi-host-url')
class MultiHostUrlValidator(_UrlValidator):
    __slots__ = ()
    type_name = 'multi-host-url'
